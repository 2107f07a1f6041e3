namespace Tsunagu.Storage.Eligibility;

/// <summary>Daily usage counts by facility kind, prefecture and metric (the dashboard's raw material).</summary>
public sealed class UsageCountStore(Database database)
{
    /// <summary>Adds the counts to what is stored, in one transaction.</summary>
    public async Task AddAsync(IReadOnlyCollection<UsageCount> counts, CancellationToken cancellationToken = default)
    {
        if (counts.Count == 0)
        {
            return;
        }

        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var add = write.Command(
                "INSERT INTO usage_counts (day, facility_kind, prefecture, metric, count) VALUES (@day, @kind, @prefecture, @metric, @count) " +
                "ON CONFLICT (day, facility_kind, prefecture, metric) DO UPDATE SET count = usage_counts.count + excluded.count")
            .With("day", DateOnly.MinValue).With("kind", string.Empty).With("prefecture", 0).With("metric", string.Empty).With("count", 0L))
        {
            foreach (var count in counts)
            {
                add.Set("day", count.Day);
                add.Set("kind", count.FacilityKind);
                add.Set("prefecture", count.Prefecture);
                add.Set("metric", count.Metric);
                add.Set("count", count.Count);
                await add.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await write.CommitAsync(cancellationToken);
    }

    /// <summary>Counts of one metric between two days (inclusive), for reports and the dashboard.</summary>
    public async Task<IReadOnlyList<UsageCount>> ReadAsync(string metricPrefix, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
                "SELECT day, facility_kind, prefecture, metric, count FROM usage_counts WHERE metric LIKE @metric AND day >= @from AND day <= @to " +
                "ORDER BY day, facility_kind, prefecture, metric")
            .With("metric", metricPrefix + "%").With("from", from).With("to", to);
        var counts = new List<UsageCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new UsageCount(reader.Date(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return counts;
    }
}
