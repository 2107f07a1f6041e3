using System.CommandLine;
using System.CommandLine.Parsing;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Pki;

/// <summary>
/// <c>tsunagu pki issue --role doctor|pharmacist|patient --name NAME [--facility CODE] --out FILE.p12 [--password P]
/// [--not-before DATE] [--not-after DATE | --valid-days N]</c>: issues a signing certificate (署名用電子証明書) from the
/// HPKI CA (医師・薬剤師) or the JPKI CA (患者) and writes it with its private key as PKCS#12.
/// </summary>
public sealed class PkiIssueCommand
{
    private readonly Option<CertificateRole> role = new("--role")
    {
        Description = "doctor, pharmacist (HPKI) or patient (JPKI).",
        Required = true,
        CustomParser = ParseRole,
    };
    private readonly Option<string> name = new("--name") { Description = "The holder's name (氏名), Japanese allowed.", Required = true };
    private readonly Option<string?> facility = new("--facility") { Description = "10-digit 医療機関コード (doctor and pharmacist only)." };
    private readonly Option<FileInfo> output = new("--out") { Description = "The PKCS#12 file to write.", Required = true };
    private readonly Option<string> password = PkiOptions.Password();
    private readonly Option<DateTimeOffset?> notBefore = PkiOptions.Instant("--not-before", "Start of validity (default: now).");
    private readonly Option<DateTimeOffset?> notAfter = PkiOptions.Instant("--not-after", "End of validity (default: two years after the start).");
    private readonly Option<int?> validDays = new("--valid-days") { Description = "Days of validity, instead of --not-after." };

    private PkiIssueCommand()
    {
    }

    public static Command Create() => new PkiIssueCommand().Build();

    private Command Build()
    {
        var command = new Command("issue", "Issue a test signing certificate for a doctor, pharmacist or patient.")
        {
            role, name, facility, output, password, notBefore, notAfter, validDays,
        };
        command.Validators.Add(RejectBothEnds);
        command.SetAction(Run);
        return command;
    }

    private static CertificateRole ParseRole(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (CertificateRoles.TryParseTitle(text, out var parsed))
        {
            return parsed.Value;
        }

        result.AddError($"--role must be doctor, pharmacist or patient, not '{text}'.");
        return default;
    }

    private void RejectBothEnds(CommandResult result)
    {
        if (result.GetValue(notAfter) is not null && result.GetValue(validDays) is not null)
        {
            result.AddError("Give either --not-after or --valid-days, not both.");
        }
    }

    private int Run(ParseResult parseResult)
    {
        var holderRole = parseResult.GetValue(role);
        var holder = CertificateHolder.Create(parseResult.GetValue(name), holderRole, parseResult.GetValue(facility));
        if (!holder.IsValid)
        {
            return CommandOutput.Fail(parseResult, holder.Errors);
        }

        var store = new CertificateAuthorityStore(new PkiFolder(parseResult.DataFolder()));
        var authority = store.Load(CertificateRoles.SchemeOf(holderRole));
        if (!authority.IsValid)
        {
            return CommandOutput.Fail(parseResult, authority.Errors);
        }

        using var issuer = authority.Value!;
        var issued = issuer.Issue(holder.Value!, Validity(parseResult));
        if (!issued.IsValid)
        {
            return CommandOutput.Fail(parseResult, issued.Errors);
        }

        using var certificate = issued.Value!;
        var file = parseResult.GetRequiredValue(output).FullName;
        CertificateFiles.WritePkcs12(file, certificate, parseResult.GetValue(password));
        Report(parseResult, certificate, file);
        return CommandOutput.Success;
    }

    private CertificateValidity Validity(ParseResult parseResult)
    {
        var start = parseResult.GetValue(notBefore) ?? DateTimeOffset.UtcNow;
        var days = parseResult.GetValue(validDays);
        var end = parseResult.GetValue(notAfter) ?? (days is { } d ? start.AddDays(d) : start.AddYears(2));
        return new CertificateValidity(start, end);
    }

    private static void Report(ParseResult parseResult, X509Certificate2 certificate, string file)
    {
        var output = parseResult.Out();
        output.WriteLine($"Issued {certificate.Subject}");
        output.WriteLine($"  issuer:   {certificate.Issuer}");
        output.WriteLine($"  serial:   {certificate.SerialNumber}");
        output.WriteLine($"  valid:    {certificate.NotBefore.ToUniversalTime():u} to {certificate.NotAfter.ToUniversalTime():u}");
        output.WriteLine($"  written:  {file}");
    }
}
