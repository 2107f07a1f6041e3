using Tsunagu.Domain.People;

namespace Tsunagu.Server.Emergency;

/// <summary>
/// The four facts (氏名・生年月日・性別・住所, or 保険者 instead of 住所) that identify a patient without a card.
/// Names and addresses are compared with all spaces removed (full-width and half-width alike).
/// </summary>
public sealed record FourFacts(string Name, DateOnly Birthdate, Sex Sex, string? Address, string? InsurerNumber)
{
    public bool Matches(Coverage coverage) =>
        Normalize(coverage.Name) == Normalize(Name)
        && coverage.Birthdate == Birthdate
        && coverage.Sex == Sex
        && (Address is not null ? Normalize(coverage.Address) == Normalize(Address) : coverage.Key.InsurerNumber == InsurerNumber);

    private static string Normalize(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
