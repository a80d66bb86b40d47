using RagQa.Core.Data;

namespace RagQa.Tests.Access;

/// <summary>Paging overflow (issue #19, item 7): /audit?page=4294969&amp;page_size=500 was a 500.</summary>
public sealed class PageBoundsTests
{
    [Theory]
    [InlineData(4294969, 500)]
    [InlineData(int.MaxValue, 2)]
    [InlineData(0, 50)]
    [InlineData(1, 0)]
    [InlineData(1, 501)]
    public void Pages_whose_offset_does_not_fit_or_out_of_range_values_are_refused(int page, int pageSize) =>
        Assert.NotNull(PageBounds.Check(page, pageSize, 500, out _));

    [Theory]
    [InlineData(1, 50, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(4294968, 500, 2147483500)]
    public void The_offset_of_a_page_in_range(int page, int pageSize, int offset)
    {
        Assert.Null(PageBounds.Check(page, pageSize, 500, out var actual));
        Assert.Equal(offset, actual);
    }
}
