using Microsoft.Extensions.Configuration;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Tests.Hosting;

public sealed class EnvironmentSettingsTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("ON", true)]
    [InlineData("0", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void A_switch_takes_the_usual_spellings_of_on_and_off(string text, bool expected)
    {
        var options = Read(("TSUNAGU_DEMO", text), ("TSUNAGU_AUDIT_READS_FLUSHED", text));

        Assert.Equal(expected, options.Demo);
        Assert.Equal(expected, options.AuditReadsFlushed);
    }

    [Fact]
    public void Numbers_and_text_are_read_as_given()
    {
        var options = Read(("TSUNAGU_DEMO_PEOPLE", "5000"), ("TSUNAGU_CONSENT_HOURS", "1.5"), ("TSUNAGU_MAX_BODY_BYTES", "4096"), ("TSUNAGU_DB", "postgresql://x"));

        Assert.Equal(5000, options.DemoPeople);
        Assert.Equal(1.5, options.ConsentHours);
        Assert.Equal(4096, options.MaxBodyBytes);
        Assert.Equal("postgresql://x", options.Database);
    }

    [Theory]
    [InlineData("TSUNAGU_DEMO", "maybe", "TSUNAGU_DEMO=\"maybe\" is not a switch")]
    [InlineData("TSUNAGU_DEMO_PEOPLE", "many", "TSUNAGU_DEMO_PEOPLE=\"many\" is not a whole number")]
    [InlineData("TSUNAGU_EMERGENCY_MINUTES", "1,5", "TSUNAGU_EMERGENCY_MINUTES=\"1,5\" is not a number")]
    public void A_value_that_means_nothing_for_its_setting_is_refused_naming_the_variable(string variable, string text, string message)
    {
        var error = Assert.Throws<InvalidSettingException>(() => Read((variable, text)));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static TsunaguOptions Read(params (string Variable, string Text)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Variable, v => v.Text);
        var configuration = new ConfigurationBuilder().AddTsunaguEnvironment(environment.GetValueOrDefault).Build();
        return TsunaguConfiguration.Read(configuration);
    }
}
