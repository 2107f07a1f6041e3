using System.Globalization;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.CdsHooks;
using Tsunagu.Server.Auth;
using Tsunagu.Server.People;

namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>
/// The CDS Hooks <c>order-sign</c> service: reads the call, runs the 重複投薬等チェック on the draft orders' drugs through
/// <see cref="PrescriptionCheck.CheckCodesAsync"/> — counted, audited and masked without consent exactly like
/// <c>POST /prescriptions/check</c> — and answers a card per issue. Orders holding no medication answer no cards.
/// </summary>
public sealed class OrderSignService(PrescriptionCheck check)
{
    public async Task<(CdsResponse? Response, IReadOnlyList<FieldError> Errors)> AnswerAsync(byte[] body, Caller caller, CancellationToken cancellationToken = default)
    {
        var read = OrderSignReader.Read(body);
        if (!read.IsValid)
        {
            return (null, await check.RefuseAsync(caller, read.Errors, cancellationToken));
        }

        var call = read.Value!;
        if (call.Drugs.Count == 0)
        {
            return (CdsResponse.None, []);
        }

        var (outcome, errors) = await check.CheckCodesAsync(PatientOf(call), [.. call.Drugs.Select(d => d.Code.Value)], caller, cancellationToken);
        return outcome is null
            ? (null, OrderSignFields.Relocate(errors, call))
            : (new CdsResponse([.. outcome.Issues.Select(CdsCards.From)]), []);
    }

    private static PatientIdentifiers PatientOf(OrderSign call) => new(
        call.Insurance.InsurerNumber,
        call.Insurance.Symbol,
        call.Insurance.Number,
        call.Insurance.BranchNumber,
        call.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
