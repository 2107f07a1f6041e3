using System.Text.Json;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// A prescription to store: the canonical content and, byte for byte, the payload it was read from. The content's JSON
/// is made with the record — and again when a copy is given other content — so that a registration serializes it before
/// it queues for the group writer rather than in the writer's one-at-a-time turn.
/// </summary>
public sealed record NewPrescription(
    string Id,
    long PersonId,
    PrescriptionState State,
    bool Inpatient,
    string? Signer,
    string MediaType,
    Prescription Content,
    byte[] Raw)
{
    public Prescription Content
    {
        get;
        init
        {
            field = value;
            ContentJson = Serialize(value);
        }
    } = Content;

    /// <summary>The canonical content as stored.</summary>
    public string ContentJson { get; private init; } = Serialize(Content);

    private static string Serialize(Prescription content) => JsonSerializer.Serialize(content, StorageJson.Default.Prescription);
}
