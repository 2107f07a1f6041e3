using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Errors;

/// <summary>Errors raised by the HTTP layer itself rather than by a service.</summary>
public static class HttpErrors
{
    public static readonly ErrorCode AuthenticationRequired = new(
        "AUTH_REQUIRED", ErrorKind.Unauthenticated,
        "認証が必要です。アクセストークンを Authorization: Bearer で送ってください。",
        "Authentication is required: send an access token as Authorization: Bearer.");

    public static readonly ErrorCode Forbidden = new(
        "AUTH_FORBIDDEN", ErrorKind.Forbidden,
        "この操作はあなたの組織種別には許可されていません。", "Your organization's role may not perform this operation.");

    public static readonly ErrorCode InvalidClient = new(
        "AUTH_INVALID_CLIENT", ErrorKind.Unauthenticated,
        "クライアントIDまたはシークレットが正しくありません。", "The client id or secret is wrong.");

    public static readonly ErrorCode UnsupportedGrantType = new(
        "AUTH_UNSUPPORTED_GRANT", ErrorKind.Invalid,
        "grant_type は client_credentials のみ使用できます。", "Only grant_type=client_credentials is supported.");

    public static readonly ErrorCode RouteNotFound = new(
        "ROUTE_NOT_FOUND", ErrorKind.NotFound, "このパスには何もありません。", "Nothing is served at this path.");

    public static readonly ErrorCode MethodNotAllowed = new(
        "METHOD_NOT_ALLOWED", ErrorKind.MethodNotAllowed,
        "このパスではこのHTTPメソッドは使えません。", "This HTTP method is not allowed at this path.");

    public static readonly ErrorCode RateLimited = new(
        "RATE_LIMITED", ErrorKind.RateLimited,
        "リクエストが多すぎます。しばらく待ってから再送してください。", "Too many requests: wait a moment and retry.");

    public static readonly ErrorCode Internal = new(
        "INTERNAL", ErrorKind.Internal,
        "サーバ内部でエラーが発生しました。要求は反映されていません。", "The server failed; the request changed nothing.");
}
