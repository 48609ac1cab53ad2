namespace CpdTracker.Reports.Pdf;

// Labelled values, label in a narrow column on the left; a pair is never split across pages.
internal sealed class KeyValueBlock(IEnumerable<(string Key, string Value)> items, float keyWidth = 130) : IBlock
{
    private const float RowGap = 2;
    private static readonly TextStyle _keyStyle = TextStyle.SmallBold.WithColor(PdfColors.Muted);
    private static readonly TextStyle _valueStyle = TextStyle.Body;

    // Keeps all pairs on one page (when they fit on one), for short blocks that read as a unit.
    public bool KeepTogether { get; init; } = true;

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var rows = items.Select(item => Row(item.Key, item.Value, width)).ToList();
        return rows.Select((row, i) => row with { KeepWithNext = KeepTogether && i < rows.Count - 1 }).ToList();
    }

    private Fragment Row(string key, string value, float width)
    {
        var keyLines = TextWrapper.Wrap(key, _keyStyle, keyWidth - 8);
        var valueLines = TextWrapper.Wrap(value, _valueStyle, width - keyWidth);
        var height = Math.Max(keyLines.Count, valueLines.Count) * _valueStyle.LineHeight + RowGap;
        // Labels are smaller than values; share the value's baseline.
        var keyShift = TextPainter.Baseline(_valueStyle) - TextPainter.Baseline(_keyStyle);
        return new(height, (canvas, x, y) =>
        {
            for (var i = 0; i < keyLines.Count; i++)
            {
                TextPainter.Draw(canvas, keyLines[i], x, y + keyShift + i * _valueStyle.LineHeight, _keyStyle);
            }
            for (var i = 0; i < valueLines.Count; i++)
            {
                TextPainter.Draw(canvas, valueLines[i], x + keyWidth, y + i * _valueStyle.LineHeight, _valueStyle);
            }
        });
    }
}
