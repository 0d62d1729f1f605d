using Iot.Device.Ads1115;

namespace CryoWeb.Hardware.Pressure;

/// <summary>A validated pressure channel as the ADC reads it: multiplexer input, range and its full scale, and the scale.</summary>
internal sealed record Ads1115ChannelSetup(
    InputMultiplexer Input, MeasuringRange Range, int FullScaleMillivolts, PressureTransducerScale Scale);
