namespace SiteGen.Benchmarks;

/// <summary>
/// Writes a handbook site of any size in the input contract, with every kind of link SiteGen checks, all of them valid,
/// so the whole build runs without diagnostics. The same page count and seed always give the same files.
/// </summary>
public static class SyntheticHandbook
{
    public static void Write(string folder, int pageCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 10);
        // Pages of an earlier, larger run would be left behind and change what is measured.
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"'{folder}' is not empty; the synthetic handbook is written into an empty or new folder");

        // One Random drives everything, in a fixed order, so a seed names one site exactly.
        var random = new Random(seed);
        var prose = new Prose(random);
        var data = HandbookData.Create(pageCount, random, prose);
        var pages = PagePlanner.Plan(pageCount, random, prose);
        var links = new LinkMaker(data, pages, random);
        new DataFileWriter(data, random, prose, links).WriteAll(folder, pageCount);
        new PageWriter(data, random, prose, links).WriteAll(Path.Combine(folder, "pages"), pages);
    }
}
