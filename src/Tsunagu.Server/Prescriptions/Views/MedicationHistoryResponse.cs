namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// The answer to <c>GET /patients/medications</c>: the patient's prescriptions and dispensings across facilities between two
/// days, and the basis the facility may see them on (<c>consent</c> or <c>emergency</c>).
/// </summary>
public sealed record MedicationHistoryResponse(
    string From, string To, string Basis, IReadOnlyList<HistoryDocumentView> Prescriptions, IReadOnlyList<HistoryDocumentView> Dispensings);
