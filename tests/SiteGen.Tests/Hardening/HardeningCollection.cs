namespace SiteGen.Tests.Hardening;

/// <summary>
/// The hardening tests run one at a time, alone, so their time and memory bounds measure the build under test rather than
/// whatever else the suite runs in parallel; at the end the collection writes the reliability report.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HardeningCollection : ICollectionFixture<HardeningCollection.Reporter>
{
    public const string Name = "Hardening";

    public sealed class Reporter : IDisposable
    {
        public void Dispose() => File.WriteAllText(ReliabilityReport.FilePath, ReliabilityReport.Summary + "\n");
    }
}
