using Tsunagu.Domain.People;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Support;

/// <summary>Coverages as a validated member load hands them to the store: the test member records, validated.</summary>
internal static class Coverages
{
    /// <summary>The loading insurer.</summary>
    public const string Insurer = MemberRecords.Insurer;

    /// <summary>Where members came from before (協会けんぽ, 北海道).</summary>
    public const string EarlierInsurer = "01130012";

    public const string Symbol = "12-34";

    /// <summary>A coverage with only the required fields, on card <see cref="Symbol"/> <paramref name="number"/> <paramref name="branch"/> of <paramref name="insurer"/>.</summary>
    public static Coverage Minimal(string number, string branch = "00", string insurer = Insurer) =>
        Validated(MemberRecords.Minimal(number) with { InsuredCardSymbol = Symbol, InsuredBranchNumber = branch }, insurer);

    /// <summary>A coverage with every field and every nested entry filled in; it follows a coverage of <see cref="EarlierInsurer"/>.</summary>
    public static Coverage Complete(string number) => Validated(MemberRecords.Complete() with { InsuredIdentificationNumber = number }, Insurer);

    /// <summary><paramref name="coverage"/> naming <paramref name="previous"/> as the coverage it follows.</summary>
    public static Coverage Following(this Coverage coverage, Coverage previous) => coverage with { PreviousCoverage = previous.Key };

    private static Coverage Validated(MemberRecordDraft draft, string insurer)
    {
        var result = MemberRecordValidator.Validate(draft, insurer, index: 0);
        return result.Value ?? throw new InvalidOperationException($"Invalid test record: {string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Error.Code}"))}");
    }
}
