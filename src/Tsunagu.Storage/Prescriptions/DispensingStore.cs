using System.Text.Json;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>Registered dispensing results (調剤結果), kept with the payload as received.</summary>
public static class DispensingStore
{
    public static async Task InsertAsync(WriteTransaction write, NewDispensing dispensing, DateTimeOffset at)
    {
        var command = write.Kept(
                "INSERT INTO dispensings (id, person_id, prescription_id, pharmacy_code, dispensed_on, use_number, signer, media_type, content, raw, created_at) " +
                "VALUES (@id, @person, @prescription, @pharmacy, @dispensed_on, @use, @signer, @media_type, @content, @raw, @at)")
            .With("id", dispensing.Id).With("person", dispensing.PersonId).With("prescription", dispensing.PrescriptionId)
            .With("pharmacy", dispensing.Content.Pharmacy.Code).With("dispensed_on", dispensing.Content.DispensedOn).With("use", dispensing.UseNumber)
            .With("signer", dispensing.Signer).With("media_type", dispensing.MediaType)
            .With("content", JsonSerializer.Serialize(dispensing.Content, StorageJson.Default.DispensingResult))
            .With("raw", dispensing.Raw).With("at", at);
        await command.ExecuteNonQueryAsync();
    }
}
