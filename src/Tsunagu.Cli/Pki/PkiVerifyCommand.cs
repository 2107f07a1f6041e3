using System.CommandLine;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Signatures;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Pki;

/// <summary>
/// <c>tsunagu pki verify FILE.xml</c>: verifies a XAdES signature (電子署名の検証), shows who signed and when, and whether
/// the signer's certificate passes each check — validity, chain, revocation, role — against the data folder's trust store.
/// Exits 0 only when everything passes.
/// </summary>
public sealed class PkiVerifyCommand
{
    private readonly Argument<FileInfo> file = new("file") { Description = "The signed XML document." };

    private PkiVerifyCommand()
    {
        file.AcceptExistingOnly();
    }

    public static Command Create() => new PkiVerifyCommand().Build();

    private Command Build()
    {
        var command = new Command("verify", "Verify a signed XML document and its signer against the data folder's trust store.") { file };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var envelope = XadesVerifier.Verify(File.ReadAllBytes(parseResult.GetRequiredValue(file).FullName));
        if (!envelope.IsValid)
        {
            return CommandOutput.Fail(parseResult, envelope.Errors);
        }

        var signed = envelope.Value!;
        DescribeSigner(parseResult.Out(), signed);
        var trust = TrustStore.ForDataFolder(parseResult.DataFolder());
        var validation = CertificateValidator.Validate(signed.SignerCertificate, trust.Current, CertificateRoles.All, DateTimeOffset.UtcNow);
        ReportChecks(parseResult.Out(), validation.Errors);
        parseResult.Out().WriteLine($"Result:       {(validation.IsValid ? "valid" : "REJECTED")}");
        return validation.IsValid ? CommandOutput.Success : CommandOutput.Fail(parseResult, [.. trust.Problems, .. validation.Errors]);
    }

    private static void DescribeSigner(TextWriter output, SignedEnvelope signed)
    {
        var holder = CertificateHolderReader.Read(signed.SignerCertificate).Value;
        output.WriteLine($"Signer:       {holder?.Name ?? signed.SignerCertificate.Subject}");
        output.WriteLine($"Role:         {(holder is null ? "(unreadable)" : CertificateRoles.ToTitle(holder.Role))}");
        output.WriteLine($"Facility:     {holder?.Facility?.Value ?? "-"}");
        output.WriteLine($"Signing time: {signed.SigningTime.ToUniversalTime():u}");
        output.WriteLine($"Content:      {signed.MediaType}, {signed.Content.Length} bytes");
    }

    private static void ReportChecks(TextWriter output, IReadOnlyList<FieldError> errors)
    {
        foreach (var check in CertificateChecks.All)
        {
            var failed = errors.Where(e => e.Field == check).Select(e => e.Error.Code).ToList();
            output.WriteLine($"{check + ":",-13} {(failed.Count == 0 ? "pass" : "FAIL " + string.Join(", ", failed))}");
        }
    }
}
