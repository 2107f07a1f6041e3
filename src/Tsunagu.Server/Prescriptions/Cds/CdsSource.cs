namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>Where a card comes from, as the EHR shows it; <see cref="Topic"/> says what kind of finding it is.</summary>
public sealed record CdsSource(string Label, CdsCoding? Topic);
