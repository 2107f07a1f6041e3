using Microsoft.Net.Http.Headers;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Eligibility.Xml;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// POST /eligibility/xml: a check by 被保険者番号等 sent as the national 資格確認 XmlMsg (OQS-IF-001, answered as OQS-IF-002),
/// so receipt software built for オンライン資格確認 only changes where it sends the message. Once the endpoint runs, every
/// answer is an XmlMsg in the request's encoding: 200 with the result; 400 with 処理結果区分 9 for a message that cannot
/// be read, or with 処理結果状況 2 for a readable one whose search info is wrong; 403 with 処理結果区分 9 when the header
/// names another facility. Refusals before the message is read (token, role, body size, media type, throttling) are
/// problem+json, like every other endpoint's.
/// </summary>
public static class EligibilityXmlEndpoints
{
    public static void MapEligibilityXmlEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/eligibility/xml", CheckAsync)
            .WithTags("Eligibility")
            .WithSummary("Check coverage with the national XmlMsg (OQSsiquc01req → OQSsiquc01res), in UTF-8 or Shift_JIS")
            .Produces<string>(StatusCodes.Status200OK, MediaTypes.Xml)
            .WithBodySizeLimit(EligibilityXmlReader.MaxBytes)
            .AllowRoles(Roles.Facilities);

    private static async Task<IResult> CheckAsync(
        HttpRequest request, Caller caller, EligibilityService eligibility, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsXml(request.ContentType))
        {
            return Problems.Of(InputErrors.UnsupportedMediaType, detail: $"{request.ContentType}: send application/xml or text/xml");
        }

        var read = EligibilityXmlReader.Read(await BodyAsync(request, cancellationToken));
        var now = clock.GetUtcNow();
        return read.IsValid
            ? await CheckMessageAsync(read.Value!, caller, eligibility, now, cancellationToken)
            : Refusal(EligibilityXmlWriter.FileError(read.Errors, now), XmlCharacterCode.Utf8, read.Errors);
    }

    private static async Task<IResult> CheckMessageAsync(
        EligibilityXmlRequest message, Caller caller, EligibilityService eligibility, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = message.Header.CharacterCode;
        if (message.Header.MedicalInstitutionCode != caller.Organization)
        {
            FieldError[] refusal = [new(XmlCheckErrors.OtherFacility, $"{EligibilityXmlNames.HeaderPath}/{EligibilityXmlNames.MedicalInstitutionCode}", Detail: message.Header.MedicalInstitutionCode)];
            return Refusal(EligibilityXmlWriter.FileError(refusal, now, message), code, refusal);
        }

        var query = EligibilityXmlQuery.Read(message, eligibility.Today);
        if (!query.IsValid)
        {
            return Refusal(EligibilityXmlWriter.PersonError(message, query.Errors, now), code, query.Errors);
        }

        var result = await eligibility.CheckByCardNumberAsync(query.Value!, message.Query.ArbitraryIdentifier, AuditActor.Of(caller), caller.Role, cancellationToken);
        return new XmlMessageResult(EligibilityXmlWriter.Result(message, result, now), code, StatusCodes.Status200OK);
    }

    /// <summary>An error answer, with the HTTP status of its first error's kind (400, or 403 for another facility).</summary>
    private static XmlMessageResult Refusal(byte[] body, XmlCharacterCode code, IReadOnlyList<FieldError> errors) =>
        new(body, code, ErrorStatus.Of(errors[0].Error.Kind));

    /// <summary>
    /// application/xml or text/xml, whatever the charset parameter says. Checked here rather than declared with Accepts,
    /// whose route matching would answer 415 before the role check answers 403.
    /// </summary>
    private static bool IsXml(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals(MediaTypes.Xml, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }
}
