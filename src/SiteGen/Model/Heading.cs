namespace SiteGen.Model;

public sealed record Heading(int Level, string Text, string Id);
