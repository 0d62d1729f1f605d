using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Prerendering;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>What the review page carries from its prerender into the circuit must come back exactly, NaN included.</summary>
public class PrerenderedJsonTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 9, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_procedure_detail_comes_back_as_it_was_written()
    {
        var detail = new ProcedureDetail(
            new ProcedureRecord
            {
                Id = Guid.NewGuid(),
                Label = "Rein gauche, lésion 2",
                Operator = "dr.martin",
                Organ = "Kidney",
                ChannelNames = ["Probe 1 tip", "TS1 urethra"],
                ProbeTipChannels = [0],
                State = ProcedureState.Finished,
                CreatedAt = Start,
                StartedAt = Start.AddMinutes(1),
                EndedAt = Start.AddMinutes(31),
                Reviewed = true,
            },
            SampleCount: 18_000,
            AlarmCount: 1,
            [new ChannelSummary(0, "Probe 1 tip", -141.2, 600, 540, 9000, 0), new ChannelSummary(1, "TS1 urethra", double.NaN, 0, 0, 9000, 9000) { SecondsAtOrBelowLimit = 12.5 }],
            [],
            [new TimelineItem(Start.AddMinutes(2), 60, TimelineItem.ProbeKind, "Probe 1: freeze 100 %", "dr.martin", null)]);

        var read = PrerenderedJson.Read<ProcedureDetail>(PrerenderedJson.Write(detail));

        Assert.NotNull(read);
        Assert.Equal(PrerenderedJson.Write(detail), PrerenderedJson.Write(read));
        Assert.Equal(ProcedureState.Finished, read.Procedure.State);
        Assert.True(double.IsNaN(read.Channels[1].MinimumCelsius!.Value));
        Assert.Equal(12.5, read.Channels[1].SecondsAtOrBelowLimit);
        Assert.Equal(detail.Procedure.Label, read.Procedure.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{\"procedure\": 3")]
    [InlineData("[1, 2]")]
    public void What_cannot_be_read_back_is_null_so_the_page_loads_as_usual(string? json)
    {
        Assert.Null(PrerenderedJson.Read<ProcedureDetail>(json));
    }
}
