using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>One person of a demo household, named in kanji (姓　名) and full-width katakana (セイ　メイ).</summary>
/// <param name="Age">Age in whole years on the generator's "today".</param>
internal sealed record HouseholdMember(Sex Sex, DateOnly Birthdate, int Age, string Name, string NameKana);
