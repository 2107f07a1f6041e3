using Tsunagu.Formats.Eligibility.Xml;
using Tsunagu.Formats.Signatures;

namespace Tsunagu.Server.Eligibility;

/// <summary>An XmlMsg answer: its bytes as <c>application/xml</c> with the charset it is written in (UTF-8 or Shift_JIS).</summary>
internal sealed class XmlMessageResult(byte[] body, XmlCharacterCode code, int status) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = $"{MediaTypes.Xml}; charset={XmlCharacterCodes.NameOf(code)}";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
