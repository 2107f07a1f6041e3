namespace Tsunagu.Server.Demo.History;

/// <summary>The age bands the demo history varies by: under 15, 15–39, 40–64, 65–74, 75 and over.</summary>
internal static class AgeBands
{
    /// <summary>The age from which a person takes adults' therapies.</summary>
    public const int Adult = 15;

    public static int Of(int age) => age switch
    {
        < Adult => 0,
        < 40 => 1,
        < 65 => 2,
        < 75 => 3,
        _ => 4,
    };

    public static int AgeOn(DateOnly birthdate, DateOnly date)
    {
        var age = date.Year - birthdate.Year;
        return date < birthdate.AddYears(age) ? age - 1 : age;
    }
}
