using System.Collections.Concurrent;
using Tsunagu.Storage.Organizations;

namespace Tsunagu.Server.Eligibility;

/// <summary>Insurer names (保険者名称) for results, read once per insurer and kept for a minute, so checks do not query them.</summary>
public sealed class InsurerDirectory(OrganizationStore organizations, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string? Name, DateTimeOffset Until)> names = new(StringComparer.Ordinal);

    public async ValueTask<string?> NameAsync(string insurerNumber, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (names.TryGetValue(insurerNumber, out var cached) && cached.Until > now)
        {
            return cached.Name;
        }

        var name = (await organizations.GetAsync(insurerNumber, cancellationToken))?.Name;
        names[insurerNumber] = (name, now + Lifetime);
        return name;
    }
}
