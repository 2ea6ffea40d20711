using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

/// <summary>Small assertions shared by the diagnostics tests; every failure message lists all the diagnostics of the build.</summary>
internal static class BuildAssert
{
    public static string All(BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    /// <summary>The one diagnostic with this code; fails when there are none or several.</summary>
    public static Diagnostic Single(BuildResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}:\n{All(result)}");
        return matches[0];
    }

    /// <summary>The one error of the build, which must not have been written.</summary>
    public static Diagnostic SingleError(BuildResult result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{All(result)}");
        Assert.False(result.Written, "a build with an error must write nothing");
        return errors[0];
    }

    /// <summary>The whole text a user sees: message and hint.</summary>
    public static string Text(Diagnostic diagnostic) => diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}; {diagnostic.Hint}";

    public static void Suggests(Diagnostic diagnostic, string id) =>
        Assert.True(Text(diagnostic).Contains($"did you mean '{id}'?", StringComparison.Ordinal),
            $"expected a suggestion of '{id}' in: {diagnostic}");

    public static void IsError(Diagnostic diagnostic) =>
        Assert.True(diagnostic.Severity == Severity.Error, $"expected an error: {diagnostic}");

    public static void IsWarning(Diagnostic diagnostic) =>
        Assert.True(diagnostic.Severity == Severity.Warning, $"expected a warning: {diagnostic}");
}
