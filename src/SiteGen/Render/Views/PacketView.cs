namespace SiteGen.Render.Views;

/// <summary>A printable packet: its cover (Kicker over Title, the build date), a table of contents and its parts in order.</summary>
public sealed record PacketView(SiteView Site, string Kicker, string Title, string? Subtitle, string Date, string DateIso, string BackUrl, IReadOnlyList<PacketEntryView> Contents, IReadOnlyList<PacketPartView> Parts);
