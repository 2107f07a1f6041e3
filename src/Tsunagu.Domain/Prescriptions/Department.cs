namespace Tsunagu.Domain.Prescriptions;

/// <summary>診療科: its code (e.g. <c>01</c> 内科, 厚労省 診療科コード) when coded, and its name.</summary>
public sealed record Department(string? Code, string Name);
