namespace SiteGen.Emit;

/// <summary>What an emit did: files whose bytes were written, and files kept because their bytes had not changed.</summary>
public sealed record EmitResult(int Written, int Kept);
