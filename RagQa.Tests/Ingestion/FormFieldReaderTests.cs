using System.Text;
using RagQa.Core.Ingestion;

namespace RagQa.Tests.Ingestion;

public sealed class FormFieldReaderTests
{
    [Fact]
    public async Task A_20_MB_field_is_refused_after_reading_little_more_than_the_limit()
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 20_000_000)));

        Assert.Null(await FormFieldReader.ReadAsync(body, 4096, CancellationToken.None));
        Assert.True(body.Position <= 4096 * 4 + 4096, $"read {body.Position} bytes of an oversized field");
    }

    [Theory]
    [InlineData("")]
    [InlineData("texto, título")]
    public async Task A_field_within_the_limit_is_read_whole(string value) =>
        Assert.Equal(value, await FormFieldReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(value)), 13, CancellationToken.None));

    [Fact]
    public async Task A_field_of_exactly_the_limit_is_accepted_and_one_more_is_not()
    {
        Assert.Equal(new string('é', 10), await FormFieldReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(new string('é', 10))), 10, CancellationToken.None));
        Assert.Null(await FormFieldReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(new string('é', 11))), 10, CancellationToken.None));
    }
}
