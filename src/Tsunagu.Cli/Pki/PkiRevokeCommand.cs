using System.CommandLine;
using System.CommandLine.Parsing;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Pki;

/// <summary>
/// <c>tsunagu pki revoke --cert FILE.p12|FILE.cer [--password P]</c> or <c>--serial HEX --scheme hpki|jpki</c>: revokes
/// a certificate (失効) by adding it to its CA's CRL in the data folder. A running server picks the CRL up within a second.
/// </summary>
public sealed class PkiRevokeCommand
{
    private readonly Option<FileInfo> certificate = new("--cert") { Description = "The certificate to revoke (.p12/.pfx, or .cer/.crt/.pem)." };
    private readonly Option<string> password = PkiOptions.Password();
    private readonly Option<string?> serial = new("--serial") { Description = "Serial number in hex, instead of --cert." };
    private readonly Option<string?> scheme = new("--scheme") { Description = "hpki or jpki: the CA that issued --serial." };

    private PkiRevokeCommand()
    {
        certificate.AcceptExistingOnly();
        scheme.AcceptOnlyFromAmong("hpki", "jpki");
    }

    public static Command Create() => new PkiRevokeCommand().Build();

    private Command Build()
    {
        var command = new Command("revoke", "Revoke a certificate by adding it to its CA's CRL.") { certificate, password, serial, scheme };
        command.Validators.Add(RequireOneWay);
        command.SetAction(Run);
        return command;
    }

    private void RequireOneWay(CommandResult result)
    {
        var byCertificate = result.GetValue(certificate) is not null;
        var bySerial = result.GetValue(serial) is not null;
        if (byCertificate == bySerial)
        {
            result.AddError("Give either --cert or --serial with --scheme.");
        }
        else if (bySerial != (result.GetValue(scheme) is not null))
        {
            result.AddError("--scheme goes with --serial, and --serial needs it.");
        }
    }

    private int Run(ParseResult parseResult)
    {
        var store = new CertificateAuthorityStore(new PkiFolder(parseResult.DataFolder()));
        var target = parseResult.GetValue(certificate) is { } file ? FromCertificate(store, file.FullName, parseResult.GetValue(password)) : FromSerial(parseResult);
        if (!target.IsValid)
        {
            return CommandOutput.Fail(parseResult, target.Errors);
        }

        var (issuer, serialNumber) = target.Value;
        var crl = store.Revoke(issuer, serialNumber, DateTimeOffset.UtcNow);
        if (!crl.IsValid)
        {
            return CommandOutput.Fail(parseResult, crl.Errors);
        }

        parseResult.Out().WriteLine(
            $"Revoked serial {CertificateSerial.ToHex(serialNumber)} in the {issuer.ToString().ToUpperInvariant()} CA's CRL " +
            $"(CRL number {crl.Value!.Number}, {crl.Value.RevokedSerials.Count} revoked): {store.Folder.RevocationListFile(issuer)}");
        return CommandOutput.Success;
    }

    private static ValidationResult<(TrustScheme, byte[])> FromCertificate(CertificateAuthorityStore store, string path, string? password)
    {
        var loaded = CertificateFiles.Load(path, password);
        if (!loaded.IsValid)
        {
            return ValidationResult<(TrustScheme, byte[])>.Invalid(loaded.Errors);
        }

        using var revoked = loaded.Value!;
        var issuer = store.FindIssuer(revoked);
        return issuer.IsValid
            ? ValidationResult<(TrustScheme, byte[])>.Valid((issuer.Value, revoked.SerialNumberBytes.ToArray()))
            : ValidationResult<(TrustScheme, byte[])>.Invalid(issuer.Errors);
    }

    private ValidationResult<(TrustScheme, byte[])> FromSerial(ParseResult parseResult)
    {
        var bytes = CertificateSerial.TryParseHex(parseResult.GetValue(serial));
        var issuer = Enum.Parse<TrustScheme>(parseResult.GetValue(scheme)!, ignoreCase: true);
        return bytes is null
            ? ValidationResult<(TrustScheme, byte[])>.Invalid([new FieldError(PkiErrors.SerialInvalid, "--serial")])
            : ValidationResult<(TrustScheme, byte[])>.Valid((issuer, bytes));
    }
}
