using System.Security.Cryptography;
using System.Text;

namespace Tsunagu.Storage.Pki;

/// <summary>Reads a file holding one DER object, or its PEM form with the given label (e.g. <c>X509 CRL</c>).</summary>
internal static class PemOrDer
{
    public static byte[] Read(string path, string label)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.ASCII.GetString(bytes).AsSpan();
        return PemEncoding.TryFind(text, out var fields) && text[fields.Label].SequenceEqual(label)
            ? Convert.FromBase64String(text[fields.Base64Data].ToString())
            : bytes;
    }
}
