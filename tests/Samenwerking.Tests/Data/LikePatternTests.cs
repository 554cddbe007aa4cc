using Samenwerking.Web.Data;

namespace Samenwerking.Tests.Data;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("ggd", "%ggd%")]
    [InlineData("  ggd  ", "%ggd%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("c:\\x", "%c:\\\\x%")]
    public void Matches_what_was_typed_literally(string input, string pattern) => Assert.Equal(pattern, LikePattern.Containing(input));
}
