using System.CommandLine;
using Tsunagu.Formats.Signatures;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Pki;

/// <summary>
/// <c>tsunagu pki sign --cert FILE.p12 [--password P] --in FILE --out FILE.xml [--media-type T]</c>: signs a file as an
/// enveloping XAdES-BES document (電子署名), as a prescriber's HPKI signature on a 処方箋 would be.
/// </summary>
public sealed class PkiSignCommand
{
    private readonly Option<FileInfo> certificate = new("--cert") { Description = "The signer's PKCS#12 file.", Required = true };
    private readonly Option<string> password = PkiOptions.Password();
    private readonly Option<FileInfo> input = new("--in") { Description = "The content to sign.", Required = true };
    private readonly Option<FileInfo> output = new("--out") { Description = "The signed XML to write.", Required = true };
    private readonly Option<string?> mediaType = new("--media-type")
    {
        Description = "Media type of the content (default from the extension: .csv text/csv, .json application/fhir+json, .xml application/xml).",
    };

    private PkiSignCommand()
    {
        certificate.AcceptExistingOnly();
        input.AcceptExistingOnly();
    }

    public static Command Create() => new PkiSignCommand().Build();

    private Command Build()
    {
        var command = new Command("sign", "Sign a file as an enveloping XAdES-BES signature.") { certificate, password, input, output, mediaType };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var content = parseResult.GetRequiredValue(input);
        var type = parseResult.GetValue(mediaType) ?? MediaTypes.FromFileName(content.Name);
        if (type is null)
        {
            return CommandOutput.Fail(parseResult, SignatureErrors.MediaTypeInvalid, "--media-type", $"cannot guess it from '{content.Name}'");
        }

        var signer = CertificateFiles.Load(parseResult.GetRequiredValue(certificate).FullName, parseResult.GetValue(password));
        if (!signer.IsValid)
        {
            return CommandOutput.Fail(parseResult, signer.Errors);
        }

        using var key = signer.Value!;
        var signed = XadesSigner.Sign(File.ReadAllBytes(content.FullName), type, key, DateTimeOffset.UtcNow);
        if (!signed.IsValid)
        {
            return CommandOutput.Fail(parseResult, signed.Errors);
        }

        var file = parseResult.GetRequiredValue(output).FullName;
        File.WriteAllBytes(file, signed.Value!);
        parseResult.Out().WriteLine($"Signed {content.Name} ({type}) as {key.Subject}: {file}");
        return CommandOutput.Success;
    }
}
