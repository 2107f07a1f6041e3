using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// Reads an interaction table: a CSV with the header <c>drug_a,drug_b,level</c>, each drug a 12-character 薬価基準
/// code or a 7-character class key, each level 併用禁忌 or 併用注意; UTF-8 or Shift_JIS. Every bad row is reported with
/// its line and column; a pair naming one drug twice, or listed again with the other level, is an error too.
/// </summary>
public static class InteractionReader
{
    public const int DrugA = 1;
    public const int DrugB = 2;
    public const int Level = 3;

    public static IReadOnlyList<string> Names { get; } = ["drug_a", "drug_b", "level"];

    public static ValidationResult<IReadOnlyList<Interaction>> Read(ReadOnlySpan<byte> content) => Read(MasterText.Decode(content));

    public static ValidationResult<IReadOnlyList<Interaction>> Read(string text)
    {
        var table = new CsvTable(Names);
        var interactions = new List<Interaction>();
        var levels = new Dictionary<(string, string), InteractionLevel>();
        foreach (var row in table.Rows(text, requiredHeaderNames: Names.Count))
        {
            var interaction = new Interaction(
                row.Code(DrugA, IsDrug)!,
                row.Code(DrugB, IsDrug)!,
                row.OneOf(Level, InteractionLevels.Parse) ?? InteractionLevel.Caution);
            if (!row.HasErrors && Check(row, interaction, levels))
            {
                interactions.Add(interaction);
            }
        }

        return table.Result(interactions);
    }

    private static bool IsDrug(string code) => DrugCodes.IsClassKey(code) || DrugCodes.IsPriceListCode(code);

    private static bool Check(CsvRow row, Interaction interaction, Dictionary<(string, string), InteractionLevel> levels)
    {
        if (interaction.DrugA == interaction.DrugB)
        {
            row.Fail(DrugB, MasterFileErrors.SelfInteraction, interaction.DrugB);
            return false;
        }

        var pair = string.CompareOrdinal(interaction.DrugA, interaction.DrugB) < 0 ? (interaction.DrugA, interaction.DrugB) : (interaction.DrugB, interaction.DrugA);
        if (levels.TryGetValue(pair, out var listed) && listed != interaction.Level)
        {
            row.Fail(Level, MasterFileErrors.ConflictingInteraction, $"{pair.Item1} × {pair.Item2} is also listed as {InteractionLevels.Name(listed)}");
            return false;
        }

        levels[pair] = interaction.Level;
        return true;
    }
}
