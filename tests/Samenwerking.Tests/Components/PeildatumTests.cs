using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Tests.Components;

public sealed class PeildatumTests
{
    [Theory]
    [InlineData("2025-06-30", 2025, 6, 30)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Reads_an_ISO_date_from_the_query_string(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Peildatum.Parse(text));

    [Theory]
    [InlineData("30-06-2025")]
    [InlineData("2025-02-30")]
    [InlineData("gisteren")]
    [InlineData(null)]
    public void Ignores_anything_else(string? text) => Assert.Null(Peildatum.Parse(text));

    [Fact]
    public void Today_is_the_date_in_the_Netherlands()
    {
        // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
        var clock = new FixedClock(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 1), Peildatum.Today(clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
