namespace Tsunagu.Server.Demo.Generation;

/// <summary>被保険者証交付年月日, 有効開始年月日 and 有効終了年月日 (none for employee insurance cards).</summary>
internal readonly record struct CardDates(DateOnly Issued, DateOnly ValidFrom, DateOnly? Expires)
{
    /// <summary>The yearly renewal month of 後期高齢者 cards (1 August) and of the demo's 国保 cards (1 October).</summary>
    private static int RenewalMonth(InsuranceScheme scheme) => scheme switch
    {
        InsuranceScheme.LateStageElderly => 8,
        InsuranceScheme.NationalHealthInsurance => 10,
        _ => 0,
    };

    /// <summary>The dates of the card in force on <paramref name="asOf"/>: employee cards run open-ended from qualification;
    /// 国保 and 後期高齢者 cards are renewed yearly and issued shortly before their term.</summary>
    public static CardDates For(InsuranceScheme scheme, DateOnly qualification, DateOnly asOf, DemoRandom random)
    {
        var month = RenewalMonth(scheme);
        if (month == 0)
        {
            return new CardDates(Dates.Earlier(qualification.AddDays(random.Between(3, 20)), asOf), qualification, null);
        }

        var termStart = Dates.TermStart(asOf, month);
        var issued = qualification >= termStart
            ? Dates.Earlier(qualification.AddDays(random.Between(1, 14)), asOf)
            : Dates.Later(qualification, termStart.AddDays(-random.Between(7, 20)));
        return new CardDates(issued, Dates.Later(qualification, termStart), Dates.TermEnd(asOf, month));
    }
}
