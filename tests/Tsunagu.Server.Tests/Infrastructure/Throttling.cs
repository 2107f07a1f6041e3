using System.Net;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Drives a throttled server over its budget without relying on timing: send until it refuses.</summary>
public static class Throttling
{
    /// <summary>Far more requests than any budget of the throttled fixtures allows, however slowly they are sent.</summary>
    public const int Attempts = 1_000;

    /// <summary>Sends until the server answers 429 and returns that answer, or null when it never does.</summary>
    public static async Task<HttpResponseMessage?> FirstRefusalAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < Attempts; i++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }
        }

        return null;
    }
}
