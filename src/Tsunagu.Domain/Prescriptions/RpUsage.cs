namespace Tsunagu.Domain.Prescriptions;

/// <summary>用法 of an RP (CSV record 111; FHIR dosageInstruction.timing.code).</summary>
/// <param name="CodeKind">用法コード種別 as written (<c>3</c> 電子処方箋用法マスタ / JAMI 16桁, <c>1</c> uncoded in JAHIS samples).</param>
/// <param name="Code">用法コード (JAMI 16-character code; <c>0X0XXXXXXXXX0000</c> when not codable).</param>
/// <param name="Text">用法名称, e.g. 「1日3回 毎食後」.</param>
/// <param name="TimesPerDay">1日回数, when stated.</param>
public sealed record RpUsage(string? CodeKind, string? Code, string Text, int? TimesPerDay);
