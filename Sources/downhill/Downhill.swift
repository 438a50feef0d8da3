import ArgumentParser

@main
struct Downhill: ParsableCommand {}
