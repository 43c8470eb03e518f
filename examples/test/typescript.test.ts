import { exampleSuite } from "./suite.js";

exampleSuite("typescript");
