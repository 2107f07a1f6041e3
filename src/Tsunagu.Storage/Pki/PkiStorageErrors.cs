using Tsunagu.Domain.Errors;

namespace Tsunagu.Storage.Pki;

/// <summary>Errors of the test PKI's files in the data folder (<c>&lt;data&gt;/pki/</c>): CA keys, certificates and CRLs.</summary>
public static class PkiStorageErrors
{
    public static readonly ErrorCode AuthorityExists = new(
        "PKI_CA_EXISTS", ErrorKind.Conflict,
        "認証局は既に作成されています。作り直すには --force を指定してください。",
        "The certificate authorities already exist; use --force to replace them.");

    public static readonly ErrorCode AuthorityMissing = new(
        "PKI_CA_MISSING", ErrorKind.NotFound,
        "認証局がありません。先に tsunagu pki init を実行してください。",
        "The certificate authority does not exist; run tsunagu pki init first.");

    public static readonly ErrorCode FileUnreadable = new(
        "PKI_FILE_UNREADABLE", ErrorKind.Invalid,
        "証明書ファイルを読み込めません（形式またはパスワードが正しくありません）。",
        "The certificate file cannot be read (wrong format or password).");
}
