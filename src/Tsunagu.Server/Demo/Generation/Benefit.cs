using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>一部負担金割合, 未就学区分 and 高齢受給者証 of one coverage.</summary>
internal readonly record struct Benefit(string Ratio, string? Preschool, ElderlyRecipient? Elderly);
