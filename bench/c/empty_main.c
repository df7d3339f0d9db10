// C reference for start-up cost: main does nothing and returns 0.
int main(void) { return 0; }
