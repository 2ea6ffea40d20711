namespace SiteGen.Render.Views;

/// <summary>An entry of a packet's table of contents; Url is an anchor inside the packet, Kicker says what it is ("Step 2").</summary>
public sealed record PacketEntryView(string? Kicker, string Title, string Url);
