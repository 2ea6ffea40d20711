namespace SiteGen.Diagnostics;

/// <summary>Every diagnostic code, grouped by the stage that reports it.</summary>
public static class DiagnosticCodes
{
    // SG1xxx: site configuration and layout
    public const string ConfigMissing = "SG1001";
    public const string ConfigInvalidValue = "SG1002";
    public const string ThemeNotFound = "SG1003";
    public const string SiteFolderMissing = "SG1004";
    public const string FileUnreadable = "SG1005";
    public const string GitUnavailable = "SG1006";
    public const string LinkOutsideSite = "SG1007";

    // SG2xxx: YAML and front matter
    public const string YamlSyntax = "SG2001";
    public const string MissingKey = "SG2002";
    public const string WrongType = "SG2003";
    public const string UnknownKey = "SG2004";
    public const string InvalidId = "SG2005";
    public const string DuplicateId = "SG2006";
    public const string FrontMatterUnclosed = "SG2007";
    public const string InvalidDate = "SG2008";
    public const string EmptyValue = "SG2009";
    public const string UnreadableContent = "SG2010";
    public const string AnswerOutOfRange = "SG2010";

    // SG3xxx: references
    public const string UnknownRole = "SG3001";
    public const string UnknownStage = "SG3002";
    public const string UnknownActivity = "SG3003";
    public const string UnknownTerm = "SG3004";
    public const string UnknownPage = "SG3005";
    public const string UnknownAnchor = "SG3006";
    public const string ReportingCycle = "SG3007";
    public const string AccountableCount = "SG3008";
    public const string UrlCollision = "SG3009";
    public const string DraftLink = "SG3010";
    public const string UnknownAsset = "SG3011";
    public const string OrphanProse = "SG3012";
    public const string UnsafeLink = "SG3013";
    public const string StepNotAPage = "SG3014";
    public const string ReviewOverdue = "SG3015";

    // SG4xxx: templates
    public const string TemplateSyntax = "SG4001";
    public const string TemplateRuntime = "SG4002";
    public const string TemplateMissing = "SG4003";

    // SG5xxx: output
    public const string OutputUnsafe = "SG5001";
    public const string OutputWriteFailed = "SG5002";
    public const string OutputBusy = "SG5003";
}
