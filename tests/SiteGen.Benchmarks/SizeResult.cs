namespace SiteGen.Benchmarks;

/// <summary>
/// The figures for one site size. Pages counts the generated Markdown content pages; BuiltPages is what SiteGen renders
/// from them (section, role, stage, tag and overview pages included).
/// </summary>
internal sealed record SizeResult(
    int Pages,
    int BuiltPages,
    int OutputFiles,
    double SiteMb,
    IReadOnlyList<FigureResult> Figures,
    IReadOnlyList<StageResult> Stages,
    double SearchIndexMb,
    IReadOnlyDictionary<string, double> FirstQueryKb,
    double ServeReloadMs);
