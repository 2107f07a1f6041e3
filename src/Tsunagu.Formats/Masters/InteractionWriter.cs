using Tsunagu.Domain.Drugs;

namespace Tsunagu.Formats.Masters;

/// <summary>Writes an interaction table as the CSV <see cref="InteractionReader"/> reads: <c>drug_a,drug_b,level</c>.</summary>
public static class InteractionWriter
{
    public static void Write(TextWriter output, IEnumerable<Interaction> interactions)
    {
        output.Write(string.Join(",", InteractionReader.Names) + "\n");
        foreach (var interaction in interactions)
        {
            output.Write($"{interaction.DrugA},{interaction.DrugB},{InteractionLevels.Name(interaction.Level)}\n");
        }
    }
}
