# program 0
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        c = yield from f1(3)  # delegate
        (yield (_v(c) + _v(30)))
    finally:
        LOG.append(40)
    return c
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        b = (yield (_v(a) + _v(1)))
        b = (yield (_v(b) + _v(2)))
    except GeneratorExit:
        LOG.append(10)
        (yield 11)
    finally:
        LOG.append(13)
    return b
# program 1
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(b) < 5:
        a = 7
        return 3
    c = None
    try:
        return None
        a = yield from f1((_v(b) + _v(1)))  # delegate
    finally:
        b = yield from f1((_v(b) + _v(9)))  # call
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(9)))
    (yield (_v(a) + _v(7)))
    a = (yield c)
# program 2
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        a = (yield (_v(a) + _v(0)))
        try:
            a = (yield (_v(a) + _v(10)))
        except Exception:
            return 201
        try:
            a = (yield (_v(a) + _v(20)))
        except BaseException:
            a = (yield 102)
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 3
def f0():
    a = b = c = 0
    if False:
        yield
    b = yield from f2((_v(c) + _v(1)))  # delegate
    a = (yield (_v(a) + _v(8)))
    c = yield from f1((_v(b) + _v(7)))  # delegate
    yield from f2(None)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        (yield -2)
    finally:
        b = None
        for _ in range(1):
            LOG.append(b)
            a = None
            LOG.append((_v(a) + _v(5)))
    for _ in range(3):
        raise OSError()
        return (_v(a) + _v(1))
    c = (yield b)
def f2(a):
    b = c = 0
    if False:
        yield
    (yield c)
    a = (yield (_v(b) + _v(1)))
    if _v(b) < 5:
        a = (yield 8)
# program 4
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            a = (yield 100)
        try:
            a = (yield (_v(a) + _v(10)))
        except Exception:
            a = (yield 101)
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 5
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        if _v(a) < 2:
            raise StopIteration()
        try:
            b = (yield None)
        finally:
            raise ValueError()
            for _ in range(1):
                a = (yield (_v(c) + _v(1)))
                a = (yield a)
                if _v(a) < 1:
                    a = (yield (_v(a) + _v(7)))
                    c = (yield 2)
                    raise StopIteration()
            if _v(a) < 0:
                raise KeyError()
                c = (yield None)
            else:
                b = (yield (_v(b) + _v(9)))
        try:
            LOG.append(None)
        except KeyError:
            if _v(c) < 5:
                b = (yield b)
                (yield a)
            return (_v(a) + _v(9))
            try:
                (yield (_v(a) + _v(7)))
            except KeyError:
                LOG.append((_v(c) + _v(7)))
                LOG.append((_v(c) + _v(4)))
        b = (yield (_v(c) + _v(2)))
        b = (yield 9)
    finally:
        LOG.append(0)
# program 6
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(1)
    b = yield from f1((_v(a) + _v(2)))  # call
    try:
        a = (yield 4)
        LOG.append(None)
        LOG.append(3)
    except GeneratorExit:
        b = (yield (_v(b) + _v(2)))
        if _v(b) < 0:
            (yield -3)
            b = (yield (_v(b) + _v(6)))
            (yield 2)
    except OSError:
        try:
            c = (yield b)
            LOG.append((_v(a) + _v(5)))
            if _v(b) < 0:
                (yield a)
        except KeyError:
            (yield a)
            b = (yield None)
        finally:
            raise ValueError()
            if _v(a) < 5:
                a = (_v(a) + _v(5))
            LOG.append(7)
    finally:
        c = (yield None)
        LOG.append((_v(b) + _v(2)))
    a = (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(a) < 1:
        raise StopIteration()
    (yield 7)
# program 7
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append((_v(a) + _v(5)))
    if _v(b) < 3:
        LOG.append(None)
        LOG.append((_v(a) + _v(7)))
    b = (yield (_v(a) + _v(8)))
def f1(a):
    b = c = 0
    if False:
        yield
    LOG.append((_v(c) + _v(9)))
    (yield b)
    if _v(c) < 2:
        a = (_v(b) + _v(1))
        c = (_v(a) + _v(5))
    else:
        a = (yield b)
        c = (yield None)
def f2(a):
    b = c = 0
    if False:
        yield
    (yield None)
    for _ in range(2):
        (yield -2)
    for _ in range(3):
        b = (yield None)
    LOG.append((_v(b) + _v(5)))
    b = (yield (_v(b) + _v(1)))
# program 8
def f0():
    a = b = c = 0
    if False:
        yield
    yield from f2((_v(b) + _v(4)))  # call
    a = (yield (_v(c) + _v(9)))
    try:
        c = yield from f1((_v(c) + _v(9)))  # delegate
        raise ValueError()
        for _ in range(3):
            b = (yield (_v(c) + _v(2)))
            a = (yield c)
    finally:
        c = (yield a)
        LOG.append((_v(a) + _v(6)))
    c = (yield (_v(b) + _v(3)))
    try:
        try:
            (yield c)
        finally:
            yield from f2(a)  # call
            a = (_v(c) + _v(3))
            c = yield from f1(c)  # delegate
        raise KeyError()
    except OSError:
        LOG.append(8)
        raise OSError()
    finally:
        LOG.append(None)
        b = yield from f2((_v(c) + _v(4)))  # delegate
        for _ in range(1):
            raise OSError()
            a = yield from f2(c)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield a)
            LOG.append(None)
        except KeyError:
            c = (yield (_v(a) + _v(3)))
            LOG.append((_v(b) + _v(5)))
            a = (yield 8)
        except KeyError:
            raise OSError()
            LOG.append(0)
            b = (yield (_v(a) + _v(3)))
        finally:
            a = 4
            raise StopIteration()
            LOG.append(a)
        (yield None)
        try:
            c = (yield (_v(a) + _v(4)))
        except OSError:
            c = (yield None)
            b = (yield b)
    except ValueError:
        a = (_v(b) + _v(7))
    a = (yield (_v(a) + _v(3)))
def f2(a):
    b = c = 0
    if False:
        yield
    b = None
    try:
        c = (_v(b) + _v(3))
        LOG.append((_v(c) + _v(5)))
        return -3
    finally:
        LOG.append(1)
        LOG.append((_v(a) + _v(4)))
        b = None
# program 9
def f0():
    a = b = c = 0
    if False:
        yield
    for _ in range(3):
        c = (yield (_v(c) + _v(9)))
    try:
        b = (_v(b) + _v(9))
        if _v(a) < 4:
            c = (yield 8)
            (yield a)
            LOG.append(None)
        else:
            (yield 7)
        b = (yield 2)
    finally:
        (yield (_v(c) + _v(3)))
# program 10
def f0():
    a = b = c = 0
    if False:
        yield
    c = b
    try:
        c = (yield 7)
    except ValueError:
        raise KeyError()
        a = (yield b)
    c = (yield -1)
    try:
        (yield c)
        LOG.append(None)
    except Exception:
        (yield (_v(b) + _v(3)))
        for _ in range(1):
            b = (yield (_v(b) + _v(6)))
        b = (yield c)
    (yield (_v(a) + _v(3)))
# program 11
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(5)
    b = (yield None)
# program 12
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 13
def f0():
    a = b = c = 0
    if False:
        yield
    b = (yield 0)
    (yield (_v(c) + _v(2)))
# program 14
def f0():
    a = b = c = 0
    if False:
        yield
    b = yield from f1(None)  # call
    try:
        try:
            a = yield from f1((_v(c) + _v(2)))  # call
            c = (yield None)
        finally:
            c = (yield (_v(b) + _v(2)))
            c = (yield 2)
            (yield None)
    except BaseException:
        c = 1
        raise OSError()
        return (_v(c) + _v(5))
def f1(a):
    b = c = 0
    if False:
        yield
    for _ in range(3):
        c = (yield a)
        c = (yield (_v(a) + _v(9)))
        try:
            (yield (_v(c) + _v(1)))
        except Exception:
            (yield -2)
            b = b
        finally:
            if _v(c) < 2:
                if _v(b) < 2:
                    b = a
                    if _v(c) < 2:
                        a = b
                raise OSError()
            if _v(c) < 3:
                if _v(b) < 3:
                    if _v(b) < 5:
                        if _v(a) < 5:
                            a = None
                        a = a
                    else:
                        if _v(c) < 0:
                            LOG.append(-2)
                            if _v(a) < 5:
                                c = None
                                raise StopIteration()
                                LOG.append(7)
                            raise StopIteration()
                else:
                    a = 3
                    c = (_v(b) + _v(9))
                c = (_v(a) + _v(3))
            else:
                LOG.append(None)
                raise OSError()
                if _v(a) < 2:
                    raise OSError()
                    if _v(a) < 4:
                        raise KeyError()
                        raise OSError()
                        if _v(b) < 4:
                            c = c
                        else:
                            if _v(b) < 2:
                                a = (_v(b) + _v(5))
                                LOG.append((_v(a) + _v(3)))
                            else:
                                raise ValueError()
                                raise KeyError()
                            LOG.append((_v(c) + _v(5)))
                            LOG.append((_v(a) + _v(8)))
                    else:
                        LOG.append((_v(a) + _v(8)))
                        raise KeyError()
                    LOG.append((_v(c) + _v(3)))
    b = (yield -1)
    LOG.append(a)
    LOG.append((_v(c) + _v(1)))
    for _ in range(1):
        LOG.append(None)
        for _ in range(1):
            raise OSError()
            b = (yield 9)
            b = (_v(a) + _v(2))
        try:
            b = (yield c)
        except ValueError:
            b = (yield None)
        except ValueError:
            LOG.append((_v(a) + _v(6)))
            LOG.append(8)
# program 15
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(1)
    b = yield from f1(b)  # call
    try:
        try:
            LOG.append(b)
        finally:
            (yield c)
            LOG.append((_v(b) + _v(7)))
            LOG.append((_v(c) + _v(9)))
        c = (yield (_v(b) + _v(5)))
        return None
    except GeneratorExit:
        c = (_v(a) + _v(3))
    finally:
        (yield c)
        b = (yield (_v(a) + _v(7)))
    try:
        try:
            LOG.append((_v(b) + _v(9)))
            (yield (_v(b) + _v(8)))
        except KeyError:
            raise KeyError()
    except Exception:
        b = (yield None)
        LOG.append((_v(b) + _v(7)))
    finally:
        LOG.append(b)
        try:
            raise ValueError()
            (yield None)
            (yield (_v(a) + _v(7)))
        except OSError:
            c = (yield (_v(b) + _v(1)))
            LOG.append((_v(a) + _v(1)))
        except ValueError:
            raise KeyError()
        try:
            b = (yield (_v(c) + _v(6)))
            a = (yield (_v(a) + _v(2)))
        except KeyError:
            c = b
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(a) < 2:
        raise StopIteration()
    (yield 7)
# program 16
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        c = yield from f1(3)  # delegate
        (yield (_v(c) + _v(30)))
    finally:
        LOG.append(40)
    return c
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        b = (yield (_v(a) + _v(1)))
        b = (yield (_v(b) + _v(2)))
    except GeneratorExit:
        LOG.append(10)
        raise KeyError()
    return b
# program 17
def f0():
    a = b = c = 0
    if False:
        yield
    for _ in range(3):
        if _v(b) < 5:
            b = (yield None)
    try:
        try:
            raise KeyError()
            c = (yield (_v(c) + _v(2)))
            b = yield from f1(None)  # delegate
        except Exception:
            raise ValueError()
        except BaseException:
            LOG.append((_v(b) + _v(9)))
        a = yield from f1((_v(a) + _v(5)))  # delegate
    except BaseException:
        c = (yield 5)
        c = (yield None)
        b = (yield None)
    except ValueError:
        return None
        c = (yield (_v(a) + _v(9)))
        c = (yield None)
    (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        LOG.append((_v(c) + _v(1)))
        (yield (_v(a) + _v(8)))
    finally:
        if _v(c) < 5:
            b = (_v(b) + _v(7))
        else:
            raise OSError()
        try:
            if _v(c) < 2:
                LOG.append((_v(c) + _v(7)))
                LOG.append((_v(b) + _v(6)))
                LOG.append(c)
            else:
                raise ValueError()
            LOG.append(None)
            LOG.append(b)
        except Exception:
            raise StopIteration()
            a = None
        if _v(c) < 1:
            c = (_v(c) + _v(4))
    for _ in range(1):
        c = (yield None)
        LOG.append(-1)
        try:
            a = (_v(b) + _v(7))
            return None
            raise KeyError()
        finally:
            if _v(b) < 2:
                LOG.append(None)
    try:
        if _v(a) < 5:
            LOG.append(b)
            b = (yield 5)
    except ValueError:
        try:
            raise ValueError()
            raise OSError()
            b = (yield (_v(a) + _v(1)))
        except KeyError:
            return -2
        try:
            if _v(a) < 4:
                if _v(a) < 1:
                    c = (yield 8)
                    if _v(b) < 2:
                        return (_v(a) + _v(5))
                        c = 9
                    else:
                        c = (yield (_v(c) + _v(4)))
                        (yield None)
                        return (_v(c) + _v(4))
                    return (_v(b) + _v(5))
                else:
                    LOG.append(None)
                    (yield (_v(a) + _v(8)))
                    if _v(b) < 3:
                        b = (yield None)
                        LOG.append(7)
                raise KeyError()
                c = (yield (_v(b) + _v(4)))
            else:
                raise ValueError()
                (yield (_v(a) + _v(3)))
                LOG.append(b)
            (yield (_v(b) + _v(2)))
            b = (yield (_v(b) + _v(6)))
        except ValueError:
            (yield (_v(b) + _v(6)))
            LOG.append((_v(c) + _v(9)))
            (yield (_v(b) + _v(7)))
        except Exception:
            c = (_v(a) + _v(1))
            raise ValueError()
            LOG.append(b)
    except ValueError:
        (yield (_v(c) + _v(2)))
        raise StopIteration()
        (yield None)
    a = (yield None)
    for _ in range(1):
        LOG.append((_v(b) + _v(9)))
        b = (yield b)
        for _ in range(2):
            LOG.append(None)
# program 18
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(None)
    a = yield from f1(None)  # delegate
    try:
        raise OSError()
    except GeneratorExit:
        return b
    (yield (_v(b) + _v(1)))
    b = (_v(c) + _v(3))
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        try:
            return (_v(b) + _v(3))
            if _v(a) < 5:
                LOG.append((_v(a) + _v(9)))
            else:
                a = (yield 2)
                b = (yield (_v(c) + _v(6)))
            a = (_v(a) + _v(3))
        except ValueError:
            if _v(c) < 1:
                a = (yield 5)
            else:
                a = (yield (_v(c) + _v(6)))
                c = (yield 0)
        finally:
            LOG.append((_v(b) + _v(8)))
            LOG.append(4)
            a = (_v(c) + _v(7))
        raise OSError()
        (yield (_v(a) + _v(9)))
    except Exception:
        try:
            raise StopIteration()
            raise StopIteration()
            LOG.append(c)
        except Exception:
            b = (yield b)
            c = 9
            c = (yield a)
        if _v(c) < 5:
            b = (yield None)
            c = (yield 7)
            LOG.append(a)
        else:
            b = (_v(a) + _v(6))
            b = (yield (_v(a) + _v(4)))
            LOG.append(a)
        LOG.append(None)
    except OSError:
        for _ in range(2):
            c = None
        try:
            raise OSError()
            b = (yield (_v(b) + _v(9)))
            (yield None)
        except KeyError:
            c = None
            return None
            if _v(b) < 3:
                c = (yield None)
                raise KeyError()
                b = (yield 8)
        except Exception:
            return None
        finally:
            if _v(c) < 2:
                LOG.append((_v(b) + _v(6)))
                raise ValueError()
                raise OSError()
            if _v(a) < 4:
                LOG.append(7)
            else:
                LOG.append((_v(c) + _v(5)))
                if _v(a) < 3:
                    LOG.append(-2)
                    raise KeyError()
                else:
                    a = 7
                a = -3
    finally:
        c = None
    a = (yield b)
# program 19
def f0():
    a = b = c = 0
    if False:
        yield
    c = yield from f1(-3)  # call
    LOG.append(None)
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(a) < 4:
        (yield 9)
    else:
        LOG.append(4)
        LOG.append(None)
        c = b
    LOG.append((_v(a) + _v(4)))
    try:
        LOG.append(0)
    finally:
        LOG.append(9)
        if _v(b) < 3:
            LOG.append((_v(b) + _v(4)))
            c = a
        else:
            if _v(b) < 5:
                raise StopIteration()
                if _v(b) < 4:
                    if _v(b) < 4:
                        if _v(b) < 4:
                            LOG.append((_v(c) + _v(2)))
                            LOG.append(9)
                    else:
                        LOG.append((_v(b) + _v(6)))
                        LOG.append(b)
                else:
                    LOG.append(None)
                LOG.append((_v(c) + _v(3)))
            else:
                LOG.append(None)
                LOG.append(6)
                LOG.append(None)
            LOG.append(None)
        for _ in range(1):
            LOG.append((_v(b) + _v(8)))
            a = a
# program 20
def f0():
    a = b = c = 0
    if False:
        yield
    b = yield from f1(-1)  # call
    LOG.append(c)
    (yield None)
    c = yield from f1(None)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(b) < 3:
        try:
            a = -1
            if _v(a) < 1:
                b = (yield None)
                LOG.append(None)
            else:
                c = (yield (_v(c) + _v(9)))
                a = (yield (_v(b) + _v(4)))
                (yield a)
            LOG.append(None)
        finally:
            if _v(a) < 2:
                LOG.append(9)
                LOG.append(6)
            else:
                LOG.append(4)
                LOG.append((_v(b) + _v(3)))
                raise ValueError()
        return (_v(c) + _v(1))
    b = (yield None)
# program 21
def f0():
    a = b = c = 0
    if False:
        yield
    a = a
    b = (yield b)
    c = (yield 1)
    LOG.append(a)
# program 22
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        a = yield from f1(a)  # delegate
        for _ in range(2):
            c = yield from f1((_v(a) + _v(8)))  # call
            if _v(c) < 4:
                yield from f1(-3)  # call
            else:
                a = yield from f1((_v(c) + _v(8)))  # delegate
                c = (yield None)
            (yield b)
        try:
            yield from f1((_v(b) + _v(4)))  # delegate
        except ValueError:
            a = yield from f1((_v(b) + _v(8)))  # delegate
            if _v(b) < 1:
                b = None
                a = (yield (_v(b) + _v(2)))
                b = (yield None)
        except KeyError:
            a = yield from f1((_v(c) + _v(7)))  # delegate
            b = (yield None)
            b = (yield (_v(a) + _v(5)))
    finally:
        if _v(c) < 1:
            a = (yield (_v(b) + _v(8)))
            c = (yield a)
        else:
            LOG.append(5)
            a = (yield (_v(b) + _v(3)))
            c = (yield (_v(c) + _v(1)))
        try:
            b = (yield a)
            a = yield from f1(5)  # delegate
        finally:
            if _v(c) < 1:
                c = (yield c)
                LOG.append((_v(a) + _v(8)))
            else:
                b = (yield (_v(a) + _v(3)))
                c = (yield (_v(c) + _v(8)))
            a = (yield a)
            a = yield from f1(None)  # call
    (yield 3)
    LOG.append((_v(a) + _v(6)))
    c = yield from f1(3)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(6)))
    try:
        LOG.append(4)
        LOG.append((_v(a) + _v(8)))
    finally:
        LOG.append((_v(b) + _v(6)))
        try:
            raise OSError()
            raise OSError()
            raise StopIteration()
        except Exception:
            if _v(c) < 4:
                LOG.append(None)
                LOG.append((_v(a) + _v(4)))
                b = (_v(a) + _v(6))
            else:
                LOG.append(b)
            if _v(b) < 1:
                LOG.append(None)
            else:
                if _v(a) < 2:
                    LOG.append(3)
                    LOG.append((_v(c) + _v(4)))
                    LOG.append(6)
                else:
                    LOG.append(3)
                b = None
                c = None
            if _v(a) < 0:
                LOG.append((_v(c) + _v(9)))
                LOG.append(None)
            else:
                raise KeyError()
        finally:
            LOG.append((_v(a) + _v(6)))
            raise OSError()
            raise KeyError()
        b = None
    if _v(a) < 5:
        try:
            raise StopIteration()
            c = -1
        except KeyError:
            a = (yield c)
        except OSError:
            c = (yield 5)
        finally:
            LOG.append(None)
    try:
        b = (_v(a) + _v(2))
        try:
            LOG.append((_v(b) + _v(2)))
        except Exception:
            a = (yield (_v(b) + _v(6)))
            c = (yield (_v(b) + _v(9)))
            if _v(b) < 2:
                LOG.append(None)
            else:
                if _v(c) < 2:
                    c = (yield (_v(b) + _v(2)))
                    a = (_v(a) + _v(1))
                    b = (yield (_v(a) + _v(4)))
        except ValueError:
            a = (yield (_v(b) + _v(1)))
            (yield None)
            return 3
    finally:
        LOG.append(None)
        for _ in range(1):
            b = 9
            raise StopIteration()
    LOG.append((_v(c) + _v(9)))
# program 23
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield (_v(c) + _v(6)))
    try:
        LOG.append(None)
    except ValueError:
        a = yield from f1(8)  # call
    finally:
        try:
            LOG.append(b)
        finally:
            b = (yield (_v(c) + _v(1)))
            b = yield from f1((_v(b) + _v(8)))  # delegate
            c = (yield (_v(c) + _v(1)))
        a = (yield (_v(b) + _v(5)))
        b = (yield (_v(c) + _v(7)))
    try:
        return (_v(b) + _v(8))
        b = (yield -2)
        c = (yield 2)
    except OSError:
        yield from f1((_v(a) + _v(8)))  # call
        try:
            b = yield from f2(None)  # call
            c = None
        except GeneratorExit:
            raise StopIteration()
        finally:
            (yield (_v(b) + _v(2)))
            LOG.append(c)
            yield from f2((_v(b) + _v(9)))  # delegate
        LOG.append(None)
    finally:
        if _v(a) < 1:
            LOG.append((_v(c) + _v(5)))
        a = (yield None)
        LOG.append((_v(b) + _v(7)))
    a = (yield c)
    (yield (_v(b) + _v(1)))
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield (_v(b) + _v(7)))
    try:
        a = (yield 7)
    except Exception:
        try:
            LOG.append(None)
            if _v(a) < 1:
                b = 4
            else:
                if _v(c) < 2:
                    LOG.append((_v(b) + _v(2)))
                    (yield (_v(b) + _v(5)))
            return (_v(c) + _v(1))
        except Exception:
            a = None
            (yield c)
            a = yield from f2((_v(b) + _v(2)))  # delegate
        except Exception:
            LOG.append(None)
            b = (yield (_v(c) + _v(7)))
            c = (yield 7)
        finally:
            if _v(a) < 4:
                b = (_v(c) + _v(7))
        c = (yield (_v(b) + _v(5)))
    except ValueError:
        b = (yield 5)
        if _v(b) < 0:
            b = (yield 1)
            LOG.append(3)
    finally:
        LOG.append((_v(b) + _v(8)))
        if _v(b) < 4:
            b = 3
            raise ValueError()
            LOG.append(4)
        else:
            b = -2
            a = (_v(b) + _v(6))
            LOG.append(5)
        try:
            LOG.append(c)
            LOG.append(c)
        except KeyError:
            LOG.append(b)
            raise OSError()
            LOG.append((_v(a) + _v(8)))
        finally:
            LOG.append(None)
            LOG.append(None)
            b = (_v(a) + _v(3))
def f2(a):
    b = c = 0
    if False:
        yield
    (yield b)
    try:
        LOG.append(4)
    except Exception:
        try:
            if _v(a) < 1:
                return c
                return (_v(b) + _v(2))
                LOG.append(0)
            else:
                c = (yield 6)
                LOG.append((_v(b) + _v(9)))
            a = a
        except OSError:
            b = (yield a)
            a = (_v(a) + _v(4))
        finally:
            LOG.append(0)
            a = 0
    LOG.append((_v(c) + _v(1)))
# program 24
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except Exception:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 25
def f0():
    a = b = c = 0
    if False:
        yield
    b = (yield c)
    for _ in range(2):
        raise StopIteration()
        (yield None)
        try:
            a = (yield (_v(a) + _v(9)))
            c = 2
            LOG.append(None)
        except Exception:
            c = (yield (_v(a) + _v(1)))
        finally:
            c = (yield (_v(b) + _v(1)))
            if _v(b) < 1:
                c = (yield c)
            else:
                a = (yield (_v(c) + _v(9)))
                LOG.append(None)
                LOG.append(None)
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        return a
        LOG.append(-3)
    except Exception:
        raise KeyError()
    except Exception:
        return 7
        a = (yield -1)
        c = (yield (_v(c) + _v(6)))
    finally:
        if _v(c) < 1:
            LOG.append((_v(b) + _v(7)))
            raise KeyError()
        else:
            a = (_v(c) + _v(6))
            a = (_v(c) + _v(8))
            b = 7
        try:
            raise ValueError()
            LOG.append(1)
        except KeyError:
            LOG.append((_v(c) + _v(5)))
            if _v(b) < 5:
                LOG.append((_v(c) + _v(7)))
                c = a
                LOG.append(a)
            raise KeyError()
        finally:
            a = (_v(b) + _v(7))
            if _v(a) < 2:
                if _v(c) < 5:
                    c = (_v(c) + _v(2))
                    a = 1
                    b = a
                LOG.append(4)
                LOG.append(None)
            a = (_v(c) + _v(4))
        try:
            LOG.append(None)
        finally:
            a = a
            if _v(c) < 5:
                raise KeyError()
                b = None
                LOG.append((_v(b) + _v(4)))
    c = (yield (_v(c) + _v(7)))
# program 26
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append((_v(c) + _v(9)))
    try:
        for _ in range(1):
            c = (yield b)
            c = (yield (_v(b) + _v(5)))
        if _v(b) < 1:
            a = (yield a)
            return 1
        b = (yield (_v(a) + _v(3)))
    except ValueError:
        LOG.append(3)
    except ValueError:
        LOG.append(4)
    try:
        try:
            b = 5
        except BaseException:
            if _v(c) < 3:
                raise StopIteration()
                LOG.append(b)
            (yield None)
            b = (yield (_v(b) + _v(7)))
        except GeneratorExit:
            LOG.append(None)
            b = b
        finally:
            a = (yield None)
            LOG.append((_v(a) + _v(8)))
            if _v(b) < 4:
                raise KeyError()
                if _v(a) < 2:
                    LOG.append(None)
                    c = (yield (_v(b) + _v(1)))
            else:
                c = (yield (_v(c) + _v(5)))
        raise OSError()
    except OSError:
        for _ in range(3):
            LOG.append((_v(c) + _v(8)))
    except KeyError:
        a = -1
    finally:
        c = (yield (_v(c) + _v(5)))
        try:
            c = (yield 8)
            c = (yield None)
            LOG.append(a)
        finally:
            (yield b)
            c = (_v(b) + _v(6))
            raise ValueError()
        try:
            c = (yield 6)
            (yield (_v(b) + _v(2)))
            raise ValueError()
        finally:
            raise StopIteration()
            a = (yield (_v(c) + _v(1)))
            LOG.append(c)
    try:
        a = (yield (_v(b) + _v(5)))
        for _ in range(3):
            return 9
            c = (yield None)
        a = (yield (_v(b) + _v(9)))
    except GeneratorExit:
        LOG.append((_v(c) + _v(7)))
        c = (yield (_v(c) + _v(1)))
        try:
            a = (yield b)
            (yield a)
            LOG.append(4)
        except Exception:
            if _v(a) < 2:
                if _v(a) < 4:
                    LOG.append(8)
                else:
                    LOG.append(1)
                    a = (yield a)
                    b = (_v(c) + _v(4))
    finally:
        try:
            LOG.append(c)
            LOG.append(-3)
            raise OSError()
        finally:
            LOG.append(7)
            c = c
        b = (yield (_v(b) + _v(2)))
        try:
            if _v(a) < 2:
                LOG.append((_v(c) + _v(1)))
                c = (yield 3)
            LOG.append(b)
            if _v(b) < 2:
                raise KeyError()
                a = (yield (_v(a) + _v(4)))
        except Exception:
            c = (yield (_v(b) + _v(2)))
            (yield (_v(b) + _v(9)))
            a = (yield None)
        finally:
            if _v(b) < 0:
                b = (yield 4)
                a = (yield (_v(b) + _v(2)))
            if _v(b) < 5:
                c = (yield None)
            else:
                a = (yield None)
                if _v(c) < 1:
                    b = (yield c)
                    a = (yield 0)
                else:
                    raise ValueError()
                    (yield None)
            if _v(b) < 4:
                b = (yield a)
            else:
                b = (yield (_v(b) + _v(7)))
    try:
        c = (yield (_v(b) + _v(6)))
        for _ in range(1):
            if _v(c) < 3:
                b = (yield c)
                a = (_v(c) + _v(1))
                LOG.append((_v(a) + _v(9)))
            else:
                c = (yield (_v(a) + _v(2)))
                a = (yield (_v(a) + _v(8)))
            (yield (_v(c) + _v(3)))
        return (_v(a) + _v(5))
    finally:
        a = (yield c)
        b = (yield (_v(a) + _v(7)))
# program 27
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield b)
    b = yield from f1((_v(c) + _v(8)))  # call
    try:
        c = (yield -2)
        b = (yield 5)
        c = yield from f1(6)  # call
    except KeyError:
        b = yield from f1((_v(b) + _v(4)))  # call
    finally:
        try:
            LOG.append(c)
        except Exception:
            yield from f1(4)  # delegate
            (yield (_v(b) + _v(7)))
    LOG.append(None)
def f1(a):
    b = c = 0
    if False:
        yield
    c = (yield (_v(a) + _v(9)))
    try:
        c = (yield None)
    except Exception:
        try:
            c = (yield None)
            (yield a)
            (yield None)
        except Exception:
            b = (yield 1)
            b = None
            a = (yield None)
        finally:
            raise ValueError()
            raise OSError()
    finally:
        try:
            LOG.append(None)
        except ValueError:
            raise StopIteration()
        a = (_v(c) + _v(1))
    try:
        c = (yield (_v(a) + _v(1)))
    except Exception:
        LOG.append(None)
    except ValueError:
        b = (yield a)
        b = (yield (_v(a) + _v(5)))
        for _ in range(2):
            LOG.append(b)
            raise OSError()
            a = (yield None)
    a = None
# program 28
def f0():
    a = b = c = 0
    if False:
        yield
    b = (yield None)
    try:
        (yield -1)
        try:
            b = (yield b)
            a = (yield b)
        except Exception:
            LOG.append((_v(b) + _v(3)))
            (yield 1)
            LOG.append((_v(a) + _v(8)))
    finally:
        (yield (_v(b) + _v(7)))
        raise StopIteration()
    b = (yield (_v(c) + _v(8)))
    try:
        try:
            b = (yield -2)
            LOG.append(b)
        except BaseException:
            LOG.append((_v(a) + _v(7)))
            raise KeyError()
        except ValueError:
            c = (yield None)
    except GeneratorExit:
        try:
            c = (yield None)
            c = (yield (_v(a) + _v(1)))
        except BaseException:
            LOG.append(1)
    b = a
# program 29
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        for _ in range(2):
            LOG.append(0)
            LOG.append((_v(b) + _v(4)))
    except GeneratorExit:
        LOG.append((_v(a) + _v(8)))
        if _v(c) < 2:
            LOG.append(None)
        else:
            raise KeyError()
    except ValueError:
        return a
        b = (yield None)
        try:
            c = (yield (_v(c) + _v(9)))
            if _v(a) < 2:
                (yield (_v(c) + _v(7)))
            else:
                return (_v(b) + _v(6))
                return (_v(a) + _v(1))
            raise StopIteration()
        except BaseException:
            b = (yield a)
            a = (yield (_v(b) + _v(9)))
            a = (yield None)
    finally:
        LOG.append(None)
        raise StopIteration()
        a = (yield b)
    try:
        a = (yield 1)
    except GeneratorExit:
        (yield (_v(b) + _v(7)))
    finally:
        LOG.append((_v(a) + _v(7)))
# program 30
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        (yield (_v(c) + _v(1)))
        b = (yield -1)
    except BaseException:
        try:
            LOG.append(c)
        except BaseException:
            (yield 8)
        except Exception:
            a = (yield 5)
            a = (yield (_v(a) + _v(3)))
        finally:
            b = yield from f1((_v(c) + _v(9)))  # delegate
            if _v(b) < 0:
                LOG.append((_v(a) + _v(1)))
                yield from f1((_v(c) + _v(3)))  # delegate
            else:
                LOG.append((_v(a) + _v(3)))
                b = (yield (_v(c) + _v(4)))
                c = (yield 3)
            a = (yield (_v(b) + _v(6)))
    except BaseException:
        if _v(c) < 1:
            raise StopIteration()
            a = (yield c)
    yield from f1(-3)  # call
def f1(a):
    b = c = 0
    if False:
        yield
    (yield c)
    b = (yield 8)
    try:
        return -1
    except OSError:
        try:
            b = 1
            a = (yield None)
        except OSError:
            a = (_v(c) + _v(3))
        except OSError:
            raise KeyError()
        raise KeyError()
    except KeyError:
        LOG.append((_v(c) + _v(6)))
        if _v(b) < 2:
            LOG.append((_v(c) + _v(2)))
        else:
            raise OSError()
    finally:
        a = (_v(c) + _v(7))
    try:
        a = (yield (_v(b) + _v(6)))
        try:
            b = (yield (_v(a) + _v(5)))
            b = None
        finally:
            a = 6
            if _v(c) < 4:
                LOG.append(None)
    except KeyError:
        raise OSError()
        LOG.append(None)
        LOG.append(2)
    except OSError:
        LOG.append((_v(a) + _v(4)))
    finally:
        raise StopIteration()
        LOG.append((_v(c) + _v(6)))
        LOG.append(None)
    for _ in range(1):
        raise KeyError()
        try:
            raise ValueError()
            c = (yield None)
        finally:
            LOG.append(b)
# program 31
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(a) < 1:
        a = yield from f1(b)  # call
        a = (yield c)
    yield from f1(c)  # call
    c = (yield (_v(a) + _v(8)))
    try:
        c = (yield c)
    except BaseException:
        LOG.append((_v(b) + _v(3)))
        raise KeyError()
    finally:
        yield from f1(None)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(b) < 1:
        try:
            c = (yield (_v(b) + _v(3)))
            if _v(c) < 3:
                if _v(b) < 2:
                    (yield None)
                    (yield -1)
                    b = (yield None)
                else:
                    LOG.append(1)
                    b = (yield (_v(a) + _v(9)))
                    c = (_v(a) + _v(6))
            c = (yield (_v(b) + _v(2)))
        finally:
            b = 0
            c = 0
            if _v(b) < 3:
                LOG.append(a)
    else:
        for _ in range(3):
            if _v(a) < 3:
                c = (yield 8)
                a = c
                raise StopIteration()
            else:
                a = (yield (_v(c) + _v(7)))
                c = (yield None)
            b = b
            b = (yield 6)
        try:
            return 0
            c = (yield None)
            (yield None)
        except Exception:
            a = (yield 5)
            LOG.append(6)
        except KeyError:
            c = (yield b)
            a = (yield 8)
            c = (yield (_v(b) + _v(7)))
        raise KeyError()
    try:
        for _ in range(2):
            return (_v(b) + _v(5))
            c = (yield -2)
        c = (yield c)
    except OSError:
        LOG.append(None)
    finally:
        try:
            if _v(a) < 4:
                LOG.append(None)
                a = None
            else:
                if _v(c) < 3:
                    LOG.append((_v(b) + _v(5)))
                else:
                    c = (_v(b) + _v(5))
                raise ValueError()
                LOG.append(9)
        except Exception:
            b = b
        except ValueError:
            if _v(b) < 5:
                LOG.append(c)
            LOG.append(None)
    b = (yield (_v(a) + _v(1)))
    LOG.append(None)
# program 32
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            raise StopIteration()
        finally:
            c = yield from f1(4)  # call
        c = yield from f1((_v(c) + _v(6)))  # delegate
        a = (_v(b) + _v(5))
    except BaseException:
        if _v(a) < 4:
            b = (yield -3)
            a = (yield a)
        else:
            LOG.append((_v(c) + _v(6)))
            raise ValueError()
        a = yield from f1(a)  # delegate
        c = yield from f1((_v(b) + _v(9)))  # delegate
    except OSError:
        raise StopIteration()
        a = (yield -1)
        a = yield from f1(None)  # call
    finally:
        try:
            LOG.append((_v(c) + _v(9)))
        except Exception:
            c = yield from f2((_v(b) + _v(8)))  # delegate
            c = yield from f1(1)  # call
            LOG.append((_v(a) + _v(3)))
        except Exception:
            b = yield from f1(None)  # call
            c = (yield a)
    LOG.append((_v(b) + _v(2)))
def f1(a):
    b = c = 0
    if False:
        yield
    a = -2
    try:
        (yield None)
    except OSError:
        b = (yield None)
        c = (yield 2)
        if _v(a) < 2:
            b = (yield (_v(a) + _v(1)))
            raise ValueError()
        else:
            return None
            if _v(b) < 0:
                raise KeyError()
            else:
                b = (_v(b) + _v(5))
                LOG.append((_v(a) + _v(1)))
                a = (yield 6)
            LOG.append(a)
    except Exception:
        (yield None)
        a = yield from f2(None)  # call
    finally:
        try:
            a = (_v(b) + _v(3))
        except ValueError:
            LOG.append(None)
        finally:
            raise KeyError()
            LOG.append(None)
        for _ in range(3):
            LOG.append((_v(a) + _v(4)))
        try:
            a = (_v(b) + _v(1))
            LOG.append((_v(b) + _v(6)))
        except KeyError:
            raise KeyError()
            raise KeyError()
        finally:
            LOG.append(b)
            LOG.append(0)
            b = 8
def f2(a):
    b = c = 0
    if False:
        yield
    if _v(c) < 5:
        c = (yield (_v(b) + _v(8)))
        return (_v(c) + _v(8))
    else:
        return a
    LOG.append((_v(a) + _v(6)))
# program 33
def f0():
    a = b = c = 0
    if False:
        yield
    if _v(b) < 1:
        raise OSError()
        try:
            if _v(b) < 1:
                return None
            return -3
        except BaseException:
            raise StopIteration()
    else:
        return 0
        for _ in range(2):
            LOG.append(None)
        LOG.append(None)
    try:
        b = (yield -3)
        raise StopIteration()
    except OSError:
        b = (yield a)
        return 3
        b = (yield 7)
    c = (yield a)
    b = (yield (_v(c) + _v(8)))
    for _ in range(3):
        if _v(c) < 2:
            (yield (_v(b) + _v(4)))
        else:
            LOG.append((_v(a) + _v(7)))
            b = (yield (_v(c) + _v(3)))
            LOG.append(a)
        for _ in range(1):
            (yield None)
            a = (yield None)
        (yield (_v(c) + _v(8)))
# program 34
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        c = yield from f1(0)  # delegate
        (yield (_v(c) + _v(30)))
    finally:
        LOG.append(40)
    return c
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        b = (yield (_v(a) + _v(1)))
        b = (yield (_v(b) + _v(2)))
    except GeneratorExit:
        LOG.append(10)
        raise StopIteration()
    finally:
        LOG.append(13)
    return b
# program 35
def f0():
    a = b = c = 0
    if False:
        yield
    (yield None)
    a = yield from f1(c)  # delegate
def f1(a):
    b = c = 0
    if False:
        yield
    LOG.append((_v(b) + _v(9)))
    LOG.append((_v(b) + _v(3)))
    try:
        try:
            b = (yield (_v(c) + _v(2)))
            a = (yield 7)
            LOG.append(None)
        except Exception:
            LOG.append(None)
            return None
            (yield 2)
        b = yield from f2(b)  # delegate
    except Exception:
        for _ in range(3):
            a = (yield None)
            return (_v(b) + _v(5))
            c = (yield (_v(a) + _v(5)))
        return b
    except KeyError:
        c = (yield None)
        b = (yield 7)
def f2(a):
    b = c = 0
    if False:
        yield
    LOG.append((_v(c) + _v(7)))
    b = (yield None)
    for _ in range(1):
        b = (yield 1)
        c = (yield (_v(a) + _v(7)))
        c = (yield (_v(a) + _v(6)))
    LOG.append(None)
# program 36
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(a) + _v(0)))
        except BaseException:
            return 200
        return (_v(a) + _v(1000))
    finally:
        LOG.append(0)
# program 37
def f0():
    a = b = c = 0
    if False:
        yield
    b = yield from f1((_v(b) + _v(8)))  # call
    (yield a)
    yield from f1((_v(c) + _v(5)))  # delegate
    c = yield from f1((_v(b) + _v(9)))  # delegate
    c = (yield -2)
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield 4)
    try:
        LOG.append(a)
    except Exception:
        return b
    finally:
        if _v(c) < 0:
            c = (_v(b) + _v(8))
            if _v(b) < 0:
                LOG.append((_v(b) + _v(2)))
                LOG.append(a)
            else:
                if _v(c) < 2:
                    if _v(b) < 0:
                        LOG.append(None)
                        b = (_v(b) + _v(8))
                    else:
                        b = (_v(b) + _v(9))
                        c = (_v(a) + _v(7))
                        c = None
                    if _v(a) < 0:
                        raise KeyError()
                        LOG.append(5)
                        raise ValueError()
                    LOG.append(7)
                if _v(b) < 3:
                    if _v(b) < 5:
                        if _v(a) < 3:
                            if _v(a) < 1:
                                if _v(b) < 5:
                                    if _v(a) < 3:
                                        raise KeyError()
                                        if _v(a) < 4:
                                            if _v(a) < 1:
                                                b = c
                                                LOG.append(c)
                                            else:
                                                a = b
                                            if _v(b) < 1:
                                                raise ValueError()
                                                if _v(c) < 3:
                                                    raise StopIteration()
                                                    c = (_v(a) + _v(1))
                                                    LOG.append(None)
                                            LOG.append((_v(a) + _v(3)))
                                        LOG.append(None)
                                    raise StopIteration()
                                if _v(b) < 4:
                                    b = None
                                    if _v(b) < 0:
                                        raise ValueError()
                                        raise OSError()
                                    else:
                                        LOG.append((_v(b) + _v(3)))
                                        raise StopIteration()
                                        raise OSError()
                                    c = b
                                else:
                                    raise StopIteration()
                                    if _v(c) < 4:
                                        raise ValueError()
                                        b = a
                                    else:
                                        c = None
                                        if _v(c) < 3:
                                            LOG.append(None)
                                        else:
                                            a = b
                                            LOG.append(None)
                                            LOG.append(1)
                            else:
                                b = (_v(a) + _v(4))
                            LOG.append(1)
                            LOG.append((_v(c) + _v(5)))
                    b = (_v(b) + _v(4))
                    c = (_v(a) + _v(8))
                LOG.append(b)
            LOG.append(None)
        else:
            a = 4
            LOG.append(None)
            raise ValueError()
        LOG.append(None)
        LOG.append(3)
    LOG.append(None)
    b = (yield 4)
    for _ in range(3):
        try:
            raise KeyError()
            (yield None)
        finally:
            if _v(c) < 2:
                raise OSError()
            LOG.append(c)
        b = (yield -3)
# program 38
def f0():
    a = b = c = 0
    if False:
        yield
    a = (yield -3)
    b = None
# program 39
def f0():
    a = b = c = 0
    if False:
        yield
    a = yield from f1(None)  # delegate
    LOG.append(a)
    c = yield from f1((_v(b) + _v(6)))  # call
    LOG.append(None)
    (yield None)
def f1(a):
    b = c = 0
    if False:
        yield
    try:
        b = (yield -2)
        for _ in range(3):
            if _v(b) < 0:
                b = (yield -1)
                a = (yield (_v(a) + _v(4)))
                LOG.append((_v(a) + _v(7)))
            else:
                b = (yield (_v(c) + _v(8)))
            LOG.append(b)
    except Exception:
        for _ in range(2):
            return b
    except KeyError:
        c = (_v(b) + _v(6))
        try:
            return None
        except OSError:
            return c
            a = (_v(a) + _v(8))
        finally:
            LOG.append(c)
        LOG.append(a)
    if _v(a) < 4:
        a = (yield 3)
        if _v(b) < 4:
            LOG.append((_v(c) + _v(2)))
            (yield (_v(a) + _v(7)))
        else:
            a = (yield 9)
            return (_v(a) + _v(4))
            c = (yield (_v(c) + _v(6)))
# program 40
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            b = 6
            LOG.append(None)
        except Exception:
            b = yield from f1(a)  # call
            LOG.append(None)
            yield from f1(None)  # delegate
        finally:
            LOG.append(9)
            if _v(b) < 0:
                c = c
                raise OSError()
            else:
                a = (yield b)
                LOG.append(None)
                a = (yield c)
    except GeneratorExit:
        for _ in range(2):
            c = (yield None)
        (yield (_v(b) + _v(7)))
    except KeyError:
        try:
            (yield None)
            raise KeyError()
        finally:
            b = (yield None)
        c = (yield b)
    LOG.append(None)
def f1(a):
    b = c = 0
    if False:
        yield
    b = (yield c)
    c = (yield c)
    c = (yield -3)
    LOG.append((_v(b) + _v(5)))
    try:
        a = (yield None)
    except ValueError:
        b = (yield c)
        (yield (_v(a) + _v(4)))
    finally:
        try:
            raise ValueError()
            a = a
            if _v(a) < 0:
                LOG.append(4)
            else:
                if _v(c) < 4:
                    a = (_v(a) + _v(8))
                else:
                    c = c
                    c = 7
                raise OSError()
                a = (_v(c) + _v(9))
        except ValueError:
            LOG.append((_v(c) + _v(2)))
        except Exception:
            LOG.append(None)
            if _v(b) < 0:
                b = a
                b = None
        LOG.append((_v(a) + _v(4)))
        LOG.append((_v(c) + _v(8)))
# program 41
def f0():
    a = b = c = 0
    if False:
        yield
    (yield (_v(c) + _v(8)))
    LOG.append(None)
    c = (yield (_v(b) + _v(8)))
# program 42
def f0():
    a = b = c = 0
    if False:
        yield
    for _ in range(3):
        (yield -3)
        try:
            return a
        except GeneratorExit:
            (yield (_v(a) + _v(1)))
        finally:
            raise OSError()
            c = (yield a)
    c = (_v(b) + _v(3))
    LOG.append((_v(a) + _v(3)))
# program 43
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        try:
            a = (yield (_v(c) + _v(7)))
        finally:
            raise ValueError()
    except ValueError:
        a = (yield (_v(b) + _v(6)))
    finally:
        try:
            LOG.append(None)
            a = (yield (_v(c) + _v(2)))
            a = (yield b)
        except Exception:
            raise ValueError()
        if _v(b) < 1:
            if _v(b) < 5:
                if _v(b) < 4:
                    b = (yield None)
                    c = (yield (_v(a) + _v(8)))
                    b = (yield 0)
                else:
                    (yield (_v(a) + _v(7)))
                c = (yield 9)
            else:
                if _v(a) < 1:
                    if _v(b) < 2:
                        c = (yield c)
                        LOG.append((_v(c) + _v(5)))
                    LOG.append((_v(c) + _v(9)))
                    if _v(a) < 2:
                        LOG.append(None)
                    else:
                        a = (yield (_v(c) + _v(5)))
                        b = b
                        c = (yield None)
                b = (yield (_v(c) + _v(8)))
            b = (yield b)
            if _v(b) < 1:
                b = (yield 6)
                if _v(b) < 0:
                    LOG.append(None)
                    if _v(c) < 0:
                        LOG.append((_v(b) + _v(7)))
                        (yield (_v(b) + _v(3)))
                    else:
                        a = (yield (_v(c) + _v(9)))
                    a = (yield -1)
            else:
                raise KeyError()
                c = (yield (_v(a) + _v(3)))
                b = 6
        raise KeyError()
    for _ in range(1):
        if _v(b) < 4:
            a = (yield (_v(b) + _v(9)))
            c = (yield -1)
        else:
            (yield None)
            return 3
        return None
    a = (yield None)
    a = (yield b)
    for _ in range(1):
        if _v(b) < 4:
            a = (_v(b) + _v(6))
            c = (yield 7)
            (yield None)
        else:
            a = (yield 8)
            c = (yield b)
        a = (yield (_v(a) + _v(4)))
        (yield None)
# program 44
def f0():
    a = b = c = 0
    if False:
        yield
    c = (yield None)
    c = (yield None)
# program 45
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        if _v(a) < 3:
            raise StopIteration()
        LOG.append(None)
        b = (_v(a) + _v(1))
        a = (_v(b) + _v(8))
        try:
            if _v(a) < 5:
                LOG.append(0)
                b = (yield None)
            else:
                b = (yield (_v(b) + _v(5)))
            a = (yield b)
        except GeneratorExit:
            (yield a)
            c = (yield (_v(c) + _v(9)))
            if _v(a) < 3:
                c = (yield -2)
            else:
                a = (_v(b) + _v(6))
                c = (yield None)
    finally:
        LOG.append(0)
# program 46
def f0():
    a = b = c = 0
    if False:
        yield
    LOG.append(5)
    try:
        return None
        (yield (_v(b) + _v(7)))
        try:
            b = yield from f1((_v(b) + _v(1)))  # delegate
            if _v(c) < 4:
                return c
                a = (yield 6)
            else:
                (yield b)
                a = (yield 7)
        except ValueError:
            b = yield from f1(5)  # call
            a = yield from f1((_v(c) + _v(6)))  # call
            c = yield from f1(None)  # call
    finally:
        LOG.append((_v(b) + _v(7)))
    a = (yield 3)
def f1(a):
    b = c = 0
    if False:
        yield
    if _v(c) < 3:
        return (_v(a) + _v(6))
    else:
        LOG.append((_v(c) + _v(2)))
        try:
            (yield (_v(a) + _v(7)))
            (yield (_v(c) + _v(7)))
        finally:
            raise OSError()
            LOG.append((_v(b) + _v(7)))
        (yield 3)
    for _ in range(1):
        LOG.append(a)
        LOG.append((_v(b) + _v(6)))
        try:
            b = (yield c)
        finally:
            LOG.append(-1)
            c = b
# program 47
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        b = (yield (_v(a) + _v(8)))
        c = None
    finally:
        c = (yield c)
    (yield 6)
    try:
        c = (yield (_v(b) + _v(8)))
        LOG.append((_v(b) + _v(2)))
        yield from f1(None)  # delegate
    except BaseException:
        for _ in range(3):
            return (_v(a) + _v(9))
        c = (yield (_v(c) + _v(3)))
def f1(a):
    b = c = 0
    if False:
        yield
    c = (yield c)
    c = (_v(c) + _v(8))
# program 48
def f0():
    a = b = c = 0
    if False:
        yield
    try:
        b = yield from f1((_v(b) + _v(3)))  # call
    finally:
        LOG.append(None)
        raise KeyError()
    (yield (_v(c) + _v(1)))
    LOG.append(9)
def f1(a):
    b = c = 0
    if False:
        yield
    (yield (_v(c) + _v(9)))
    LOG.append((_v(b) + _v(1)))
    b = (yield (_v(a) + _v(6)))
    LOG.append(None)
# program 49
def f0():
    a = b = c = 0
    if False:
        yield
    (yield c)
    try:
        for _ in range(1):
            raise KeyError()
            b = (yield 1)
            LOG.append((_v(a) + _v(6)))
        c = (yield (_v(c) + _v(5)))
    except OSError:
        c = (yield (_v(a) + _v(5)))
        for _ in range(2):
            return a
        for _ in range(2):
            LOG.append((_v(c) + _v(6)))
            return a
            raise OSError()
    except Exception:
        if _v(b) < 4:
            (yield (_v(c) + _v(3)))
            (yield a)
        else:
            (yield None)
            if _v(b) < 1:
                c = (yield (_v(a) + _v(9)))
                raise StopIteration()
    try:
        for _ in range(3):
            LOG.append((_v(a) + _v(1)))
        try:
            (yield c)
        except OSError:
            return None
        except BaseException:
            raise KeyError()
            return None
    except BaseException:
        b = (yield None)
        (yield (_v(c) + _v(9)))
    finally:
        a = (yield 4)
        LOG.append((_v(c) + _v(9)))
        LOG.append(8)
