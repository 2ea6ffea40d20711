namespace SiteGen.Cli.Pdf;

/// <summary>Chromium could not be started, or could not print: a problem with this machine's browser, not with the site.</summary>
public sealed class ChromiumException(string message) : Exception(message);
