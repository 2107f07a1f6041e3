namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// The medication an issue clashes with (only with the patient's consent or in an emergency): which drug, which
/// facility or pharmacy, since when and for how many days.
/// </summary>
/// <param name="Source"><c>prescription</c> or <c>dispensing</c>.</param>
public sealed record IssueWithView(
    string Source,
    string? Code,
    string Name,
    string FacilityCode,
    string FacilityName,
    string Date,
    int DaysSupply,
    string DosageForm,
    bool InHouse);
