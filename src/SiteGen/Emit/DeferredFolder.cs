namespace SiteGen.Emit;

/// <summary>
/// Output files under one folder that a build leaves to be made later, because no page needs them to show: the dev server's
/// search index, which a reader fetches only once they search. <see cref="Make"/> reads the built site, stopping when its
/// token is cancelled, and makes only files under <see cref="Folder"/> ("search/").
/// </summary>
public sealed record DeferredFolder(string Folder, Func<CancellationToken, IReadOnlyList<OutputFile>> Make);
