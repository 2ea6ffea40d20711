namespace SiteGen.Render.Views;

/// <summary>A part of a packet: a page rendered with its usual template, its ids and links rewritten to stay inside the packet.</summary>
public sealed record PacketPartView(string Id, string? Kicker, string Html);
