namespace SiteGen.Model;

/// <summary>
/// A heading of a page with an id. A value, not an object: a large handbook has tens of thousands of headings, held from the
/// parse to the end of the build, and each object among them is one more for the garbage collector to copy on the way.
/// </summary>
public readonly record struct Heading(int Level, string Text, string Id);
