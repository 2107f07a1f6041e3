using System.CommandLine;
using Tsunagu.Cli.Pki;
using Tsunagu.Formats.Eligibility;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Card;

/// <summary>
/// <c>tsunagu card assert --card FILE.p12 --nonce N --facility CODE --consent medication,clinical --verified face</c>:
/// signs what a face-recognition card reader signs with a My Number card, and prints the assertion for POST
/// /eligibility/check (or /emergency-access). Reader software can imitate its output: a compact JWS, RS256, x5c header.
/// </summary>
public static class CardCommand
{
    public static Command Create()
    {
        var card = new Option<FileInfo>("--card") { Description = "The card: a .p12 from `tsunagu pki issue --role patient`.", Required = true };
        card.AcceptExistingOnly();
        var password = PkiOptions.Password();
        var nonce = new Option<string>("--nonce") { Description = "The nonce from POST /eligibility/nonces.", Required = true };
        var facility = new Option<string>("--facility") { Description = "The facility's 10-digit code.", Required = true };
        var consent = new Option<string>("--consent")
        {
            Description = "What the patient agreed to, comma-separated: medication, clinical, checkup, surgery, limit-application, specific-diseases.",
            DefaultValueFactory = _ => string.Empty,
        };
        var verified = new Option<CardVerification>("--verified") { Description = "How the reader verified the holder: face or pin.", DefaultValueFactory = _ => CardVerification.Face };
        var assert = new Command("assert", "Sign a card-reader assertion with a test My Number card.") { card, password, nonce, facility, consent, verified };
        assert.SetAction(parseResult =>
        {
            var (consents, unknown) = CardConsents.Parse(parseResult.GetValue(consent)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (consents is null)
            {
                return CommandOutput.Fail(parseResult, CardAssertionErrors.ConsentUnknown, "--consent", unknown);
            }

            var loaded = CertificateFiles.Load(parseResult.GetRequiredValue(card).FullName, parseResult.GetValue(password));
            if (!loaded.IsValid)
            {
                return CommandOutput.Fail(parseResult, loaded.Errors);
            }

            using var certificate = loaded.Value!;
            parseResult.Out().WriteLine(CardAssertionWriter.Create(
                certificate, parseResult.GetRequiredValue(nonce), parseResult.GetRequiredValue(facility), consents, parseResult.GetValue(verified), DateTimeOffset.UtcNow));
            return CommandOutput.Success;
        });
        var command = new Command("card", "A stand-in for the My Number card at the face-recognition reader.");
        command.Subcommands.Add(assert);
        return command;
    }
}
